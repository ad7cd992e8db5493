import { comparePositions, Position } from '../../../kernel/position';
import { StoredEvent } from '../../event-store.port';

/** Where in the log a view is read: an instant, or an event's global position (see TimeTravel). */
export type PointInLog = Date | Position;

/**
 * The streams' events in global order, reduced to what resolves a point to the length of the prefix of
 * them it selects: their positions, and the latest `recordedAt` seen up to each (non-decreasing, so an
 * instant is found by bisection even where the store's clock went backwards).
 */
export class StreamsTimeline {
  private constructor(
    private readonly positions: Position[],
    private readonly latestRecorded: Float64Array,
  ) {}

  static of(inOrder: readonly StoredEvent[]): StreamsTimeline {
    const latest = new Float64Array(inOrder.length);
    let max = -Infinity;
    inOrder.forEach((event, index) => (latest[index] = max = Math.max(max, Date.parse(event.recordedAt))));
    return new StreamsTimeline(
      inOrder.map((event) => event.position),
      latest,
    );
  }

  get length(): number {
    return this.positions.length;
  }

  /**
   * How many events a view as of `point` applies: up to the first event recorded after the instant, or up to
   * and including the position. Points that select the same events give the same length (one cache entry).
   */
  prefixLength(point: PointInLog): number {
    if (point instanceof Date) {
      const limit = point.getTime();
      return this.firstIndex((index) => this.latestRecorded[index] > limit);
    }
    return this.firstIndex((index) => comparePositions(this.positions[index], point) > 0);
  }

  /** The first index where `after` holds (it holds from some index on), or the length. */
  private firstIndex(after: (index: number) => boolean): number {
    let low = 0;
    let high = this.positions.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (after(middle)) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}
