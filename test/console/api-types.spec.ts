import { existsSync, readFileSync } from 'node:fs';
import { CONSOLE_API_TYPES, consoleApiTypes, REGENERATE_COMMAND } from '../../scripts/console-api-types';
import { buildOpenApiDocument } from '../../scripts/openapi-document';

/** The console's API types (console/src/api/schema.d.ts) are those of the engine's OpenAPI document as it is now. */
describe("the console's API types", () => {
  it(`are what the OpenAPI document gives (${CONSOLE_API_TYPES})`, async () => {
    const generated = await consoleApiTypes(await buildOpenApiDocument());
    const committed = existsSync(CONSOLE_API_TYPES) ? readFileSync(CONSOLE_API_TYPES, 'utf8') : '';
    if (committed === generated) return;
    const [left, right] = [committed.split('\n'), generated.split('\n')];
    const at = Math.max(
      0,
      left.findIndex((line, i) => line !== right[i]),
    );
    throw new Error(
      `${CONSOLE_API_TYPES} is out of date with the engine's OpenAPI document (line ${at + 1} is ${JSON.stringify(left[at] ?? '(end of file)')}, ` +
        `should be ${JSON.stringify(right[at] ?? '(end of file)')}): run \`${REGENERATE_COMMAND}\` and commit the file.`,
    );
  });
});
