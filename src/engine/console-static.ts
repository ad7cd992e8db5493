import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';

/** Paths the console never answers: the API, the OpenAPI document and Swagger UI, health and metrics. */
const NOT_CONSOLE = /^\/(v1(\/|$)|docs|health(\/|$|\?)|metrics(\/|$|\?))/;

/** Where `vite build` puts the console, relative to the compiled `dist/src/main.js`. */
export const builtConsoleBeside = (mainDirectory: string) => resolve(mainDirectory, '..', 'console');

/**
 * Serves the web console built into `root` (`npm run build` → dist/console) at `/`:
 *
 * - a file of the build is sent as it is (hashed assets for a year, `index.html` never cached);
 * - any other GET that is not `/v1/*`, `/docs*`, `/health` or `/metrics` and accepts text/html gets
 *   `index.html`, so that the console's client routes (`/meetings/new`) load on a refresh;
 * - everything else goes on to the engine's own 404 (the contract's JSON error).
 *
 * When the console was not built, `/` and its client routes answer a short page saying how to build it.
 */
export async function serveConsole(app: NestFastifyApplication, root: string): Promise<void> {
  const directory = resolve(root);
  await app.register(fastifyStatic, { root: directory, serve: false, index: false, dotfiles: 'deny' });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (request, reply) => answer(directory, request, reply));
}

function answer(root: string, request: FastifyRequest, reply: FastifyReply): FastifyReply | void {
  const path = pathOf(request.url);
  if (path === undefined || NOT_CONSOLE.test(path)) return reply.callNotFound();
  const built = existsSync(join(root, 'index.html'));
  const file = path === '/' ? undefined : fileUnder(root, path);
  if (built && file) {
    const immutable = file.startsWith(`assets${sep}`);
    return reply
      .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      .sendFile(file, { cacheControl: false });
  }
  if (path !== '/' && !acceptsHtml(request)) return reply.callNotFound();
  if (!built) return reply.status(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT);
  return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
}

/** The decoded path of a request target, or undefined when it cannot be decoded. */
function pathOf(url: string): string | undefined {
  try {
    return decodeURIComponent(url.split('?')[0]);
  } catch {
    return undefined;
  }
}

/** `path` as a file of the build (relative to root), or undefined when there is no such file. */
function fileUnder(root: string, path: string): string | undefined {
  const relative = normalize(path).replace(/^[/\\]+/, '');
  const absolute = resolve(root, relative);
  if (!absolute.startsWith(root + sep) || relative.split(sep).some((part) => part.startsWith('.'))) return undefined;
  try {
    return statSync(absolute).isFile() ? relative : undefined;
  } catch {
    return undefined;
  }
}

function acceptsHtml(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').toLowerCase().includes('text/html');
}

/** No inline style or script: the page must pass the console's Content-Security-Policy too. */
const NOT_BUILT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Nihil Obstat: the console is not built</title></head>
<body>
<h1>Nihil Obstat</h1>
<p>The engine is running, but its web console has not been built.</p>
<p>Build it with <code>npm run build</code> (which builds the engine and the console into <code>dist/</code>), then reload
this page; <code>npm start</code> builds both and starts the engine.</p>
<p>The API is under <a href="/v1/meetings">/v1</a>; its reference is at <a href="/docs">/docs</a>.</p>
</body>
</html>
`;
