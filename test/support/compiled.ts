import { existsSync } from 'node:fs';

/** Fails loudly when a compiled file is missing: `npm test` builds before it runs Jest, so a missing build is a mistake. */
export function expectCompiled(path: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" first (npm test does).`);
}
