/**
 * `npm run build:console`: Vite builds the console into a folder of its own (.build/console), then this puts it
 * where the engine serves it (dist/console), beside a running engine:
 *
 *   node .build/tools/scripts/publish-console.js <built> <served>
 *
 * Every file is written under a dot-name (which the engine never serves) and renamed into place, index.html
 * last: until that rename `/` gives the previous console, whose hashed assets are still there; from it on,
 * the new one. Only then are the previous build's files removed. A plain `vite build` into dist/console would
 * empty the folder first, and `/` would answer 503 meanwhile.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const ENTRY = 'index.html';

export function publishConsole(built: string, served: string): void {
  if (!existsSync(join(built, ENTRY))) throw new Error(`${built} holds no ${ENTRY}: the console was not built there.`);
  const fresh = filesUnder(built);
  for (const file of fresh.filter((name) => name !== ENTRY)) replaceFile(join(built, file), join(served, file));
  replaceFile(join(built, ENTRY), join(served, ENTRY));
  const kept = new Set(fresh);
  for (const stale of filesUnder(served).filter((file) => !kept.has(file))) rmSync(join(served, stale), { force: true });
}

/** Copies `from` to `to` by a rename over it, so that `to` is never seen half-written. */
function replaceFile(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  const partial = join(dirname(to), `.publishing-${process.pid}`);
  copyFileSync(from, partial);
  renameSync(partial, to);
}

/** The files under `root`, as paths relative to it. */
function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  const [built, served] = process.argv.slice(2);
  if (!built || !served) {
    process.stderr.write('Usage: node .build/tools/scripts/publish-console.js <built folder> <served folder>\n');
    process.exit(2);
  }
  publishConsole(built, served);
  process.stderr.write(`The console built in ${built} is now served from ${served}\n`);
}
