/**
 * The As-of page keeps everything in its address, so that it can be sent to a colleague:
 * `/meetings/:meetingId/as-of?view=meeting|panels|list:<listId>&position=<pos>` or `&at=<ISO instant>`.
 */

export type AsOfView = { kind: 'meeting' } | { kind: 'panels' } | { kind: 'list'; listId: string };

/** A point of the log: just after the event at a position, or an instant. */
export type PointInLog = { position: string } | { at: string };

const POSITION = /^(0|[1-9][0-9]*)$/;

export function viewOf(value: string | null): AsOfView {
  if (value === 'panels') return { kind: 'panels' };
  if (value?.startsWith('list:') && value.length > 'list:'.length) return { kind: 'list', listId: value.slice('list:'.length) };
  return { kind: 'meeting' };
}

export function viewParam(view: AsOfView): string {
  return view.kind === 'list' ? `list:${view.listId}` : view.kind;
}

/** The point the address names (a position first), or undefined when it names none or a malformed one. */
export function pointOf(search: URLSearchParams): PointInLog | undefined {
  const position = search.get('position');
  if (position !== null) return POSITION.test(position) ? { position } : undefined;
  const at = search.get('at');
  return at !== null && !Number.isNaN(Date.parse(at)) ? { at: new Date(at).toISOString() } : undefined;
}

/** The page's address for `view` at `point`. */
export function asOfAddress(meetingId: string, view: AsOfView, point?: PointInLog): string {
  const search = new URLSearchParams({ view: viewParam(view) });
  if (point && 'position' in point) search.set('position', point.position);
  if (point && 'at' in point) search.set('at', point.at);
  return `/meetings/${encodeURIComponent(meetingId)}/as-of?${search.toString()}`;
}

/** The engine's query for the point: `asOfPosition` or `asOf`. */
export function engineQuery(point: PointInLog): { asOfPosition: string } | { asOf: string } {
  return 'position' in point ? { asOfPosition: point.position } : { asOf: point.at };
}
