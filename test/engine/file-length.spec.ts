import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** House style: short files. A file past the limit is split along its seams (by topic, helpers beside it). */
const MAX_LINES = 400;
const FOLDERS = ['src', 'test', 'bench', 'scripts', 'console/src'];
const GENERATED = new Set(['console/src/api/schema.d.ts']);

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const lineCount = (path: string) => readFileSync(path, 'utf8').trimEnd().split('\n').length;

describe('file length', () => {
  it(`keeps every file in ${FOLDERS.join(', ')} at ${MAX_LINES} lines or fewer (generated files aside)`, () => {
    const tooLong = FOLDERS.flatMap(filesUnder)
      .filter((path) => !GENERATED.has(path))
      .map((path) => ({ path, lines: lineCount(path) }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(tooLong).toEqual([]);
  });
});
