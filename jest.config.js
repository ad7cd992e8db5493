/**
 * NestJS 12 ships as ES modules, which Jest on Node 20 can load only in its ESM mode
 * (`--experimental-vm-modules`, set by `npm test`). The compiled engine stays CommonJS and
 * loads them through Node's require(esm).
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testRegex: '.*\\.(spec|e2e-spec)\\.ts$',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json', useESM: true, diagnostics: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // @fastify/static (the engine serves the console with it) requires content-disposition, an ES module,
  // which Jest can require only on Node 24.9+: the tests use a CommonJS stand-in (reply.download only).
  moduleNameMapper: { '^content-disposition$': '<rootDir>/test/support/content-disposition.cjs' },
  testTimeout: 30000,
  // One test file at a time (two shared cores; the browser and multi-process tests need them), in a worker
  // process that is replaced once it holds more than this after a file: the ESM mode keeps every file's
  // modules, and one process running the whole suite outgrew Node's heap (and slowed in GC long before).
  maxWorkers: 1,
  workerIdleMemoryLimit: '1GB',
};
