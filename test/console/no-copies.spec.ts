import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * No run of six or more identical lines is copied between two files of the console (console/src): what two screens
 * share lives in one place. Lines are compared trimmed, blank lines skipped. Two kinds of lines are skipped too, as
 * saying nothing of their own: import lines (two files that need the same modules say so in the same words), and
 * lines that only close what earlier lines opened (`}`, `);`, `))}`, `</Table>`: every component ends with a run of
 * them). The generated API types (api/schema.d.ts) are not the console's own code.
 */

const SOURCE = join('console', 'src');
const RUN = 6;
const GENERATED = new Set([join(SOURCE, 'api', 'schema.d.ts')]);
const ONLY_CLOSES = /^(?:<\/[\w.]*>|[)\]}>;,/])+$/;

interface Line {
  file: string;
  number: number;
  text: string;
}

function sourceFiles(directory = SOURCE): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(tsx?|css)$/.test(entry.name) && !GENERATED.has(path) ? [path] : [];
  });
}

/** The file's lines that count: trimmed, not blank, not part of an import statement. */
function significantLines(file: string): Line[] {
  const lines: Line[] = [];
  let inImport = false;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      const text = raw.trim();
      if (text.startsWith('import ')) inImport = !/['"];?$/.test(text);
      else if (inImport) inImport = !/^} from ['"]/.test(text);
      else if (text && !ONLY_CLOSES.test(text)) lines.push({ file, number: index + 1, text });
    });
  return lines;
}

/** Every window of RUN lines that occurs in more than one file, as "file:first-last" places, runs merged. */
function copiedRuns(files: string[]): string[][] {
  const windows = new Map<string, Line[]>();
  for (const lines of files.map(significantLines)) {
    for (let start = 0; start + RUN <= lines.length; start++) {
      const key = lines
        .slice(start, start + RUN)
        .map((line) => line.text)
        .join('\n');
      windows.set(key, [...(windows.get(key) ?? []), lines[start]]);
    }
  }
  const copies = [...windows.values()].filter((starts) => new Set(starts.map((line) => line.file)).size > 1);
  const runs = new Map<string, string[]>();
  for (const starts of copies) {
    const files = [...new Set(starts.map((line) => line.file))].sort().join(' and ');
    runs.set(files, [...(runs.get(files) ?? []), starts.map((line) => `${line.file}:${line.number}`).join(' = ')]);
  }
  return [...runs.entries()].map(([files, places]) => [files, ...places.slice(0, 3)]);
}

describe('the console copies no code', () => {
  it(`has no run of ${RUN} identical lines in two files`, () => {
    expect(copiedRuns(sourceFiles())).toEqual([]);
  });
});
