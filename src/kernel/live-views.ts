import { Actor, StoredEvent } from './events';

/**
 * The views a live update names (GET /v1/events/stream): each is one read route, or a family of them,
 * that the console shows on a screen and refetches when told it changed.
 * - `meetings`: GET /v1/meetings · `meeting`: GET /v1/meetings/:meetingId (programme, panels, opening
 *   speakers, arrangements) · `lists`: GET /v1/meetings/:meetingId/lists · `list`: GET .../lists/:listId
 *   (and its export and letters) · `panels`: GET .../panels · `speakers`: GET .../speakers ·
 *   `summary`: GET .../summary · `pending`: GET /v1/member-states/me/pending ·
 *   `basis-requests`: GET /v1/member-states/me/basis-requests.
 */
export const LIVE_VIEWS = ['meetings', 'meeting', 'lists', 'list', 'panels', 'speakers', 'summary', 'pending', 'basis-requests'] as const;
export type LiveView = (typeof LIVE_VIEWS)[number];

type Role = Exclude<Actor['role'], 'system'>;
const EVERY_ROLE: readonly Role[] = ['pga', 'member-state', 'observer', 'auditor'];

/** The roles whose read routes serve each view (the Member States' own views are theirs alone). */
export const VIEW_READERS: Readonly<Record<LiveView, readonly Role[]>> = {
  meetings: EVERY_ROLE,
  meeting: EVERY_ROLE,
  lists: EVERY_ROLE,
  list: EVERY_ROLE,
  panels: EVERY_ROLE,
  speakers: EVERY_ROLE,
  summary: EVERY_ROLE,
  pending: ['member-state'],
  'basis-requests': ['member-state'],
};

/**
 * Whose reading of the view the change alters: every reader, or only the pga and the auditor (who read
 * everything) and the Member States named (e.g. the objecting State and those it objected on behalf of).
 */
export type LiveAudience = 'everyone' | { states: readonly string[] };

/** One view an event changed, and who may learn that it did. */
export interface LiveChange {
  view: LiveView;
  meetingId: string;
  listId?: string;
  seenBy: LiveAudience;
}

/** The events of the event's own stream before it (read only by the few mappings that need them). */
export interface EarlierEvents {
  ofStream(): Promise<readonly StoredEvent[]>;
}

/** What one event type changes; an event that changes no view a client reads maps to `[]`. */
export type LiveMapping = (event: StoredEvent, earlier: EarlierEvents) => readonly LiveChange[] | Promise<readonly LiveChange[]>;

/** `{ event type → its mapping }`: every event type a capability writes has one (a test checks). */
export type LiveMappings = Readonly<Record<string, LiveMapping>>;

/** True when `viewer` may learn of `change`: its role reads the view, and the change is one its reading shows. */
export function mayLearnOf(viewer: Actor, change: LiveChange): boolean {
  if (viewer.role === 'system' || !VIEW_READERS[change.view].includes(viewer.role)) return false;
  if (change.seenBy === 'everyone' || viewer.role === 'pga' || viewer.role === 'auditor') return true;
  return viewer.state !== undefined && change.seenBy.states.includes(viewer.state);
}

/** The same change for several views of one meeting (or list). */
export function changesOf(
  views: readonly LiveView[],
  where: { meetingId: string; listId?: string },
  seenBy: LiveAudience = 'everyone',
): LiveChange[] {
  return views.map((view) => ({ view, ...where, seenBy }));
}
