import { setImmediate as nextTurn } from 'node:timers/promises';
import { SqliteLogReader } from '../event-store/sqlite/sqlite-log-reader';
import { EventRow } from '../event-store/sqlite/sqlite-rows';
import { BrokenEvent, ChainVerifier, linkProblem, StreamEntry, StreamHead, VerificationReport } from './chain-verifier';

/** What one range of the log tells about its chains; ranges are verified independently, then stitched. */
export interface RangeReport {
  /** Events examined, up to and including the broken one. */
  checked: number;
  /** The first event of the range that breaks a chain within the range. */
  broken?: BrokenEvent;
  /** Each stream's first event in the range: its link is checked when the ranges are stitched. */
  entries: StreamEntry[];
  /** Each stream's last event in the range. */
  heads: Array<[streamId: string, head: StreamHead]>;
  /** The range's first event, and the position of its last one (absent when the range is empty). */
  first?: Pick<BrokenEvent, 'position' | 'streamId' | 'revision'>;
  last?: number;
}

const PAGE = 1000;

/**
 * Verifies the events at positions `after < position <= upTo` of an embedded store's file, hashing
 * their stored text (see ChainVerifier.checkRow). `onProgress` gets the count checked after each page.
 */
export async function verifyRange(path: string, after: number, upTo: number, onProgress?: (checked: number) => void): Promise<RangeReport> {
  const reader = new SqliteLogReader(path);
  const entries: StreamEntry[] = [];
  const verifier = new ChainVerifier(true, { entries });
  let first: RangeReport['first'];
  try {
    for (let from = after; ;) {
      const rows = reader.rows(from, upTo, PAGE);
      if (!first && rows.length > 0) first = { position: String(rows[0][0]), streamId: rows[0][2], revision: rows[0][3] };
      for (const row of rows) {
        const broken = verifier.checkRow(row.slice(0, 8) as EventRow, row[8] === 1);
        if (broken) return { checked: verifier.checked, broken, entries, heads: [], first };
      }
      onProgress?.(verifier.checked);
      if (rows.length < PAGE) break;
      from = Number(rows[rows.length - 1][0]);
      await nextTurn();
    }
  } finally {
    reader.close();
  }
  return { checked: verifier.checked, entries, heads: [...verifier.heads], first, last: verifier.lastPosition };
}

/**
 * Joins the reports of consecutive ranges (in log order) into the report of the whole log: the
 * first broken event in global order, and the events checked up to it, exactly as one pass over the
 * log would give. Within a range, at one event, the order of the checks is that of ChainVerifier:
 * the position, then the link to the stream's previous event, then the content.
 */
export function stitchRanges(ranges: readonly RangeReport[]): VerificationReport {
  const heads = new Map<string, StreamHead>();
  let checkedBefore = 0;
  let lastPosition = 0;
  for (const range of ranges) {
    const found = firstProblem(range, heads, lastPosition);
    if (found) return { ok: false, eventsChecked: checkedBefore + found.index, firstBroken: found.broken };
    for (const [streamId, head] of range.heads) heads.set(streamId, head);
    checkedBefore += range.checked;
    lastPosition = range.last ?? lastPosition;
  }
  return { ok: true, eventsChecked: checkedBefore };
}

function firstProblem(
  range: RangeReport,
  heads: Map<string, StreamHead>,
  lastPosition: number,
): { index: number; broken: BrokenEvent } | undefined {
  let found: { index: number; broken: BrokenEvent } | undefined;
  const consider = (index: number, broken: BrokenEvent) => {
    if (!found || index < found.index) found = { index, broken };
  };
  if (range.first && Number(range.first.position) !== lastPosition + 1) {
    const missing = Number(range.first.position) - lastPosition - 1;
    consider(1, {
      ...range.first,
      reason: 'position gap',
      detail: `Expected position ${lastPosition + 1}, found ${range.first.position}${missing > 0 ? ` (${missing} missing before it)` : ''}.`,
    });
  }
  for (const entry of range.entries) {
    const problem = linkProblem(heads.get(entry.streamId), entry.revision, entry.previousHash);
    if (problem) {
      consider(entry.index, { position: entry.position, streamId: entry.streamId, revision: entry.revision, ...problem });
      break;
    }
  }
  if (range.broken) consider(range.checked, range.broken);
  return found;
}
