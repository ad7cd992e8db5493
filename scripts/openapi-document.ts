/**
 * Writes the engine's OpenAPI document, as /docs-json serves it, to a file:
 * `npm run openapi -- --out openapi.json` (stdout without --out). Nothing listens on a port: the
 * engine is built on an embedded store in a temporary folder, asked for its document, and closed.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { EngineModule } from '../src/engine/engine.module';
import { createFastifyAdapter, createOpenApiDocument } from '../src/engine/app.setup';

export async function buildOpenApiDocument(): Promise<OpenAPIObject> {
  const dataDir = mkdtempSync(join(tmpdir(), 'nihil-obstat-openapi-'));
  const restoreEnv = setEnv(engineEnvIn(dataDir));
  try {
    const app = await NestFactory.create<NestFastifyApplication>(EngineModule, createFastifyAdapter(), {
      logger: false,
      abortOnError: false,
    });
    try {
      return createOpenApiDocument(app);
    } finally {
      await app.close();
    }
  } finally {
    restoreEnv();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** An engine on the embedded store in `dataDir`, without Redis, that logs nothing. */
function engineEnvIn(dataDir: string): Record<string, string> {
  return {
    EVENTSTORE_CONNECTION_STRING: '',
    EVENTSTORE_SQLITE_PATH: join(dataDir, 'events.db'),
    PROJECTIONS_SQLITE_PATH: join(dataDir, 'projections.db'),
    REDIS_URL: '',
    LOG_LEVEL: 'silent',
  };
}

function setEnv(values: Record<string, string>): () => void {
  const previous = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  Object.assign(process.env, values);
  return () => {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/** The file named by `--out FILE` in a script's arguments, if any. */
export function outOption(argv: readonly string[] = process.argv): string | undefined {
  const index = argv.indexOf('--out');
  return index >= 0 ? argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const out = outOption();
  const text = `${JSON.stringify(await buildOpenApiDocument(), null, 2)}\n`;
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
