# syntax=docker/dockerfile:1

############################
# Build stage
############################
FROM node:20-bookworm-slim AS build
WORKDIR /app

# Toolchain for native modules (better-sqlite3) when no prebuilt binary matches.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*

COPY package.json package-lock.json ./
RUN npm ci

COPY . .
RUN npm run build \
 && npm prune --omit=dev

############################
# Runtime stage
############################
FROM node:20-bookworm-slim AS runtime
WORKDIR /app

ENV NODE_ENV=production PORT=3000

# Chromium renders the letters to PDF (CHROMIUM_PATH). chromium-sandbox is its setuid sandbox: the engine runs
# as `node`, so Chromium keeps its sandbox, and Docker's default seccomp profile refuses the user namespaces it
# would use otherwise. Noto fonts cover the six languages of the documents and the scripts of names in them
# (fonts-noto-core: Latin, Cyrillic, Arabic; fonts-noto-cjk, ~90 MB installed: Chinese documents and Chinese,
# Japanese and Korean names).
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium chromium-sandbox fonts-noto-core fonts-noto-cjk \
 && rm -rf /var/lib/apt/lists/*
ENV CHROMIUM_PATH=/usr/bin/chromium

COPY --from=build --chown=node:node /app/package.json ./package.json
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist

# Writable location for the SQLite projection store (mounted as a volume).
RUN mkdir -p /app/data && chown node:node /app/data

USER node
EXPOSE 3000
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/main.js"]
