/**
 * Prints benchmark figures as JSON lines on stdout: `{"name": ..., "value": ..., "unit": ...}`.
 *
 *   npm run bench                             every figure
 *   npm run bench -- append                   only figures whose names start with "append"
 *   npm run bench -- append readAll baseline  figures matching any of the prefixes
 *   npm run bench -- --list                   the groups' name prefixes, one group a line; runs nothing
 *
 * (`npm run bench` compiles into .build/tools and runs node .build/tools/bench/run-benchmarks.js.)
 *
 * Progress goes to stderr. Exits non-zero when a group fails or when nothing matched.
 */
import { BenchContext, BenchGroup, Figure, mayProduce, owns, registeredGroups, selects } from './bench-registry';

// One file per capability; each registers its group when imported.
import './event-store.bench';
import './postgres.bench';
import './cluster.bench';
import './objection.bench';
import './audit.bench';
import './audit-index.bench';
import './deadline.bench';
import './hostile.bench';
import './as-of.bench';
import './rate-limit.bench';
import './console.bench';
import './console-live.bench';
import './console-history.bench';
import './exports.bench';
import './documents.bench';

async function main(filters: string[]): Promise<number> {
  if (filters.includes('--list')) return list();
  const groups = registeredGroups().filter((group) => filters.some((filter) => mayProduce(group, filter)));
  let printed = 0;
  let failures = 0;
  for (const group of groups) {
    try {
      for await (const figure of figuresOf(group, filters)) {
        process.stdout.write(`${JSON.stringify({ name: figure.name, value: figure.value, unit: figure.unit })}\n`);
        printed += 1;
      }
    } catch (error) {
      failures += 1;
      progress(`group ${group.prefixes.join(', ')} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  if (printed === 0 && failures === 0) {
    progress(`no figure name starts with ${filters.map((f) => JSON.stringify(f)).join(' or ')}`);
    return 1;
  }
  return failures > 0 ? 1 : 0;
}

/** The group's figures that the filter selects, checked for well-formedness. */
async function* figuresOf(group: BenchGroup, filters: string[]): AsyncIterable<Figure> {
  const wanted = (name: string) => filters.some((filter) => selects(filter, name));
  const context: BenchContext = { wants: wanted, progress };
  const produced = group.run(context);
  const figures: AsyncIterable<Figure> | Iterable<Figure> = Symbol.asyncIterator in produced ? produced : await produced;
  for await (const figure of figures) {
    if (!owns(group, figure.name)) {
      throw new Error(`figure ${figure.name} is outside its group's prefixes (${group.prefixes.join(', ')})`);
    }
    if (!Number.isFinite(figure.value)) throw new Error(`figure ${figure.name} is not a finite number: ${figure.value}`);
    if (wanted(figure.name)) yield figure;
  }
}

function list(): number {
  for (const group of registeredGroups()) process.stdout.write(`${group.prefixes.join(' ')}\n`);
  return 0;
}

function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

main(process.argv.length > 2 ? process.argv.slice(2) : ['']).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    progress(String(error instanceof Error ? error.stack : error));
    process.exitCode = 1;
  },
);
