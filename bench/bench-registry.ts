import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One measured number, printed by run-benchmarks as one JSON line. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
}

export interface BenchContext {
  /** True when the figure of that name was asked for: lets a group skip work nobody wants. */
  wants(name: string): boolean;
  /** A progress note, on stderr (stdout carries only figures). */
  progress(message: string): void;
}

/** Produces a group's figures; figures yielded one by one are printed as soon as they come. */
export type FigureProducer = (context: BenchContext) => AsyncIterable<Figure> | Promise<Figure[]>;

export interface BenchGroup {
  /** Every figure the group produces has a name starting with one of these. */
  prefixes: readonly string[];
  run: FigureProducer;
}

const groups: BenchGroup[] = [];

/**
 * Registers a group of figures, e.g. `register('objection.', run)`. A group whose figures do not
 * share one prefix may give several. Call it at the top level of a `*.bench.ts` file, and import
 * that file from run-benchmarks.ts.
 */
export function register(prefix: string | readonly string[], run: FigureProducer): void {
  const prefixes = typeof prefix === 'string' ? [prefix] : [...prefix];
  if (prefixes.length === 0) throw new Error('A benchmark group needs at least one name prefix');
  groups.push({ prefixes, run });
}

export function registeredGroups(): readonly BenchGroup[] {
  return groups;
}

/** Whether a figure name is selected by the command-line filter (a name prefix; '' selects all). */
export function selects(filter: string, name: string): boolean {
  return name.startsWith(filter);
}

/** Whether any figure of the group could be selected: if not, the group is not run at all. */
export function mayProduce(group: BenchGroup, filter: string): boolean {
  return group.prefixes.some((prefix) => prefix.startsWith(filter) || filter.startsWith(prefix));
}

export function owns(group: BenchGroup, name: string): boolean {
  return group.prefixes.some((prefix) => name.startsWith(prefix));
}

// ---------------------------------------------------------------------------------------------
// Small helpers shared by benchmark files

/** Runs `use` with a fresh empty folder, removed afterwards. */
export async function inTemporaryFolder<T>(use: (path: string) => T | Promise<T>): Promise<T> {
  const path = mkdtempSync(join(tmpdir(), 'nihil-obstat-bench-'));
  try {
    return await use(path);
  } finally {
    rmSync(path, { recursive: true, force: true });
  }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Milliseconds from a monotonic clock. */
export function monotonicMs(): number {
  return performance.now();
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('percentile of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Sets environment variables for an engine about to be created; returns a function that restores them. */
export function setEnv(values: Record<string, string>): () => void {
  const previous = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  Object.assign(process.env, values);
  return () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}
