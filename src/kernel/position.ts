/**
 * A global position in the log: an opaque, ordered, string-serializable value. Both adapters
 * encode it as a non-negative decimal integer string, so ordering is numeric order.
 */
export type Position = string & { readonly __brand: 'Position' };

const DECIMAL = /^(0|[1-9][0-9]*)$/;

export function isPosition(value: string): value is Position {
  return DECIMAL.test(value);
}

export function toPosition(value: bigint | number | string): Position {
  const text = typeof value === 'string' ? value : BigInt(value).toString();
  if (!isPosition(text)) throw new RangeError(`Not a position: ${JSON.stringify(value)}`);
  return text;
}

export function comparePositions(a: Position, b: Position): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `position` is at or beyond `target`. */
export function hasReached(position: Position | undefined, target: Position): boolean {
  return position !== undefined && comparePositions(position, target) >= 0;
}
