import { createHash } from 'node:crypto';
import { EventStore, Position } from '../../event-store/event-store.port';
import { comparePositions } from '../../kernel/position';
import { logPages } from '../history-export';

/**
 * The log as `npm run audit -- export` writes it (one stored event a line, in log order), up to and
 * including `upTo`: what an export job's report streams, read again from the log each time, so that
 * any engine process serves it without a shared disk. Memory: one page.
 */
export async function* exportLines(store: EventStore, upTo: Position | undefined): AsyncGenerator<string> {
  if (upTo === undefined) return;
  for await (const page of logPages(store)) {
    let chunk = '';
    for (const event of page) {
      if (comparePositions(event.position, upTo) > 0) {
        if (chunk) yield chunk;
        return;
      }
      chunk += `${JSON.stringify(event)}\n`;
    }
    yield chunk;
    if (page[page.length - 1].position === upTo) return;
  }
}

export interface ExportSummary {
  events: number;
  /** The last event exported: the report streams the log up to it. */
  lastPosition: Position | null;
  /** SHA-256 of the NDJSON text, lower-case hex: the report's digest, to check a download against. */
  sha256: string;
}

/** Reads the export once, counting and hashing it, as the report will stream it. */
export async function digestExport(
  store: EventStore,
  upTo: Position | undefined,
  onProgress: (events: number) => void,
): Promise<ExportSummary> {
  const hash = createHash('sha256');
  let events = 0;
  for await (const chunk of exportLines(store, upTo)) {
    hash.update(chunk);
    events += countLines(chunk);
    onProgress(events);
  }
  return { events, lastPosition: events === 0 ? null : (upTo ?? null), sha256: hash.digest('hex') };
}

function countLines(chunk: string): number {
  let lines = 0;
  for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) lines += 1;
  return lines;
}
