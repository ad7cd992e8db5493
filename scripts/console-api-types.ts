/**
 * Writes the console's API types, console/src/api/schema.d.ts, from the engine's OpenAPI document
 * (`npm run build` runs it; `npm run console:api` alone, `-- --out FILE` to write elsewhere). A test
 * (test/console/api-types.spec.ts) regenerates them in memory and fails when the committed file is stale.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument, outOption } from './openapi-document';

export const CONSOLE_API_TYPES = join('console', 'src', 'api', 'schema.d.ts');
export const REGENERATE_COMMAND = 'npm run console:api (npm run build runs it too)';

const HEADER = `/**
 * The engine's HTTP API as TypeScript types, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: ${REGENERATE_COMMAND} writes this file (scripts/console-api-types.ts).
 */

`;

/** The text of schema.d.ts for an OpenAPI document. */
export async function consoleApiTypes(document: OpenAPIObject): Promise<string> {
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { alphabetize: true, exportType: false });
  return `${HEADER}${astToString(ast)}`;
}

async function main(): Promise<void> {
  const text = await consoleApiTypes(await buildOpenApiDocument());
  const out = outOption() ?? CONSOLE_API_TYPES;
  writeFileSync(out, text);
  console.error(`Wrote ${out}`);
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
