/**
 * The auditor's command line: `npm run audit -- <command>` (see USAGE). It opens the configured event
 * store (the same environment variables as the engine) and only reads it: nothing is ever appended.
 * A progress bar goes to stderr (scripts/audit-progress.ts: plain lines when stderr is not a terminal), a JSON summary to stdout.
 * Exit code 0 when all is well, 1 when the audit found a problem (or could not run), 2 on bad usage.
 */
import { existsSync } from 'node:fs';
import { verifyConfiguredStore } from '../src/audit/audit-paths';
import { verifyExportFile } from '../src/audit/export-verification';
import { replayDecisions } from '../src/audit/decision-replay';
import { exportHistory } from '../src/audit/history-export';
import { rebuildAndCompare } from '../src/audit/projection-rebuild';
import { createEngineStore } from '../src/engine/engine-store';
import { EventStore } from '../src/event-store/event-store.port';
import { embeddedStorePath } from '../src/event-store/event-store.factory';
import { ProjectionStore } from '../src/event-store/projections/projection-store';
import { SqliteLogReader } from '../src/event-store/sqlite/sqlite-log-reader';
import { AppConfig, ConfigError, loadConfig } from '../src/platform/config';
import { engineDeciderRegistry, engineRebuildOptions } from '../src/engine/engine-audit';
import { ENGINE_STREAM_PREFIXES, engineProjections } from '../src/engine/manifests';
import { Progress, ProgressBar, ProgressIo } from './audit-progress';

export const USAGE = `Usage: npm run audit -- <command> [options]

Commands:
  export --out FILE   write the whole event log to FILE as NDJSON (one event per line, in global order)
  verify              recompute the hash chain of every stream; report the first broken event
  verify --in FILE    the same over an export (NDJSON, as export and an export job write it), not the store:
                      every line an event, positions rising; report the first broken line
  rebuild             rebuild every projection from zero and compare it, document by document, with the
                      live projections (PROJECTIONS_SQLITE_PATH); a rebuild repeats no side effect
  replay              re-run every recorded decision with the current rules; report every event they
                      would not have produced

The event store is the configured one (EVENTSTORE_CONNECTION_STRING, else EVENTSTORE_SQLITE_PATH); it is
only read. Progress goes to stderr, a JSON summary to stdout.
Exit code: 0 all is well; 1 a problem was found (or the audit could not run); 2 bad usage.
`;

export interface AuditIo extends ProgressIo {
  stdout: { write(text: string): unknown };
  env: Record<string, string | undefined>;
}

type Command = { name: 'export'; out: string } | { name: 'verify'; in?: string } | { name: 'rebuild' | 'replay' };

class UsageError extends Error {}

const processIo = (): AuditIo => ({ stdout: process.stdout, stderr: process.stderr, env: process.env });

/** Runs one audit command; resolves to the exit code. */
export async function main(argv: string[], io: AuditIo = processIo()): Promise<number> {
  let command: Command | 'help';
  try {
    command = parse(argv);
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (command === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (command.name === 'verify' && command.in !== undefined) return verifyFile(command.in, io);
  let config: AppConfig;
  try {
    config = loadConfig(io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`Configuration: ${error.message}\n`);
    return 2;
  }
  const sqlite = embeddedStorePath(config.eventStore) !== undefined;
  if (sqlite && !existsSync(config.eventStore.sqlitePath)) {
    io.stderr.write(`There is no event store at ${config.eventStore.sqlitePath} (EVENTSTORE_SQLITE_PATH); nothing to audit.\n`);
    return 1;
  }
  if (command.name === 'rebuild' && !existsSync(config.projectionsPath)) {
    io.stderr.write(`There are no live projections at ${config.projectionsPath} (PROJECTIONS_SQLITE_PATH) to compare with.\n`);
    return 1;
  }
  const total = sqlite ? countEvents(config.eventStore.sqlitePath) : undefined;
  const store = createEngineStore(config.eventStore);
  const bars = new Progress(io);
  try {
    const { summary, ok } = await run(command, { store, config, total, io, bars });
    io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return ok ? 0 : 1;
  } catch (error) {
    io.stderr.write(`\nThe audit could not complete: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  } finally {
    bars.close();
    await store.close();
  }
}

/** What a command runs with: the store, the configuration, its count of events when known, and where it reports. */
interface AuditRun {
  store: EventStore;
  config: AppConfig;
  total: number | undefined;
  io: AuditIo;
  bars: Progress;
}

async function run(command: Command, { store, config, total, io, bars }: AuditRun): Promise<{ summary: object; ok: boolean }> {
  switch (command.name) {
    case 'export': {
      const bar = bars.bar('export', 'events', total);
      const result = await exportHistory(store, command.out, { onProgress: (done) => bar.update(done) });
      bar.finish(result.events);
      return { summary: { command: 'export', ok: true, out: command.out, events: result.events }, ok: true };
    }
    case 'verify': {
      const bar = bars.bar('verify', 'events', total);
      // The embedded store numbers events 1, 2, 3, … with no gap: a deleted event then shows as well.
      const report = await verifyConfiguredStore(store, config, ENGINE_STREAM_PREFIXES, (done) => bar.update(done));
      bar.finish(report.eventsChecked);
      return { summary: { command: 'verify', ...report }, ok: report.ok };
    }
    case 'rebuild': {
      const live = new ProjectionStore(config.projectionsPath);
      try {
        const bar = bars.bar('rebuild', 'events', total);
        let compare: ProgressBar | undefined;
        const report = await rebuildAndCompare(store, live, engineProjections(), {
          total,
          ...engineRebuildOptions(config),
          onProgress: (progress) => {
            if (progress.phase === 'rebuild') return bar.update(progress.done, progress.total);
            if (!compare) {
              bar.finish();
              compare = bars.bar('compare', 'documents');
            }
            compare.update(progress.done);
          },
        });
        if (compare) compare.finish();
        else bar.finish(report.events);
        if (report.uncovered.length > 0) {
          io.stderr.write(
            `Not rebuilt, so not checked: ${report.uncovered.join(', ')} (each capability lists its projections in its manifest; src/engine/manifests.ts gathers them).\n`,
          );
        }
        return { summary: { command: 'rebuild', ...report }, ok: report.matches && report.uncovered.length === 0 };
      } finally {
        live.close();
      }
    }
    case 'replay': {
      const scan = bars.bar('scan', 'events', total);
      let replay: ProgressBar | undefined;
      const report = await replayDecisions(store, engineDeciderRegistry(), {
        onProgress: (progress) => {
          if (progress.phase === 'scan') return scan.update(progress.done);
          if (!replay) {
            scan.finish();
            replay = bars.bar('replay', 'events', progress.total);
          }
          replay.update(progress.done, progress.total);
        },
      });
      if (replay) replay.finish();
      else scan.finish(report.events);
      return { summary: { command: 'replay', ...report }, ok: report.ok };
    }
  }
}

/** `verify --in FILE`: an export's chains, without opening any store. */
async function verifyFile(path: string, io: AuditIo): Promise<number> {
  if (!existsSync(path)) {
    io.stderr.write(`There is no file at ${path} to verify.\n`);
    return 1;
  }
  const bars = new Progress(io);
  try {
    const bar = bars.bar('verify', 'events');
    const report = await verifyExportFile(path, (done) => bar.update(done));
    bar.finish(report.eventsChecked);
    io.stdout.write(`${JSON.stringify({ command: 'verify', in: path, ...report }, null, 2)}\n`);
    return report.ok ? 0 : 1;
  } finally {
    bars.close();
  }
}

function parse(argv: string[]): Command | 'help' {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError('Which audit? Give a command.');
  if (name === 'help' || name === '--help' || name === '-h') return 'help';
  if (!['export', 'verify', 'rebuild', 'replay'].includes(name)) throw new UsageError(`Unknown command "${name}".`);
  let out: string | undefined;
  let input: string | undefined;
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i];
    if (name === 'verify' && arg === '--in') {
      input = rest[(i += 1)];
      if (input === undefined || input.startsWith('-')) throw new UsageError('--in needs a file name.');
      continue;
    }
    if (name === 'export' && (arg === '--out' || arg === '-o')) {
      out = rest[(i += 1)];
      if (out === undefined || out.startsWith('-')) throw new UsageError('--out needs a file name.');
    } else if (name === 'export' && arg.startsWith('--out=')) {
      out = arg.slice('--out='.length);
    } else if (arg === '--help' || arg === '-h') {
      return 'help';
    } else {
      throw new UsageError(`Unexpected argument "${arg}" for ${name}.`);
    }
  }
  if (name === 'export') {
    if (!out) throw new UsageError('export needs --out FILE.');
    return { name, out };
  }
  if (name === 'verify') return input === undefined ? { name } : { name, in: input };
  return { name } as Command;
}

/** Events in the embedded store's file, for the progress bar: its last position (positions are dense), read without a scan. */
function countEvents(path: string): number | undefined {
  try {
    const reader = new SqliteLogReader(path);
    try {
      return reader.lastPosition();
    } finally {
      reader.close();
    }
  } catch {
    return undefined;
  }
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
