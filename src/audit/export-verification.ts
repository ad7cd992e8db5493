import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { StoredEvent } from '../event-store/event-store.port';
import { comparePositions, isPosition } from '../kernel/position';
import { BreakReason, ChainVerifier } from './chain-verifier';

export type ExportBreakReason = BreakReason | 'not an event' | 'out of order';

export interface BrokenLine {
  /** The line of the file, from 1. */
  line: number;
  position?: string;
  streamId?: string;
  revision?: number;
  reason: ExportBreakReason;
  detail?: string;
}

export interface ExportVerification {
  ok: boolean;
  /** Events examined, the broken one included. */
  eventsChecked: number;
  firstBroken?: BrokenLine;
}

/**
 * Verifies a history export (NDJSON, one stored event a line, as `npm run audit -- export` and an
 * export job's report write it): every line an event, positions rising, every stream's hash chain
 * intact from its genesis. Stops at the first broken line. Memory: one line and each stream's head.
 */
export async function verifyExportFile(path: string, onProgress?: (checked: number) => void): Promise<ExportVerification> {
  const verifier = new ChainVerifier(false);
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  let previous: string | undefined;
  try {
    for await (const text of lines) {
      line += 1;
      const event = parseEvent(text);
      if (!event) return broken(verifier, { line, reason: 'not an event', detail: 'The line is not a stored event as JSON.' });
      const at = { line, position: event.position, streamId: event.streamId, revision: event.revision };
      if (previous !== undefined && comparePositions(previous as never, event.position) >= 0) {
        return broken(verifier, { ...at, reason: 'out of order', detail: `Position ${event.position} follows position ${previous}.` });
      }
      previous = event.position;
      const problem = verifier.check(event);
      if (problem) return { ok: false, eventsChecked: verifier.checked, firstBroken: { line, ...problem } };
      if (verifier.checked % 10_000 === 0) onProgress?.(verifier.checked);
    }
  } finally {
    lines.close();
  }
  return { ok: true, eventsChecked: verifier.checked };
}

function broken(verifier: ChainVerifier, firstBroken: BrokenLine): ExportVerification {
  return { ok: false, eventsChecked: verifier.checked + 1, firstBroken };
}

function parseEvent(text: string): StoredEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const event = value as Partial<StoredEvent>;
  const shaped =
    typeof event.position === 'string' &&
    isPosition(event.position) &&
    typeof event.streamId === 'string' &&
    Number.isInteger(event.revision) &&
    typeof event.type === 'string' &&
    typeof event.metadata === 'object' &&
    event.metadata !== null;
  return shaped ? (event as StoredEvent) : undefined;
}
