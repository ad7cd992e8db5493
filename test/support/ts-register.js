'use strict';
/**
 * Minimal require hook so that child processes can run our TypeScript directly:
 *
 *   node -r ./test/support/ts-register.js test/event-store/fixtures/append-worker.ts
 *
 * Transpile only (no type check), with the same emit settings as tsconfig.json.
 */
const fs = require('node:fs');
const ts = require('typescript');

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  esModuleInterop: true,
  inlineSourceMap: true,
};

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};
