import type { ArrangedMeeting, PanelView } from '../../api/arrangements-queries';

/** One line of the finalization's check: an item of paragraph 10, done or missing. */
export interface CheckItem {
  key: string;
  kind: 'programme' | 'panel-chair' | 'opening-speaker';
  done: boolean;
  panel?: PanelView;
  role?: 'eminent-person' | 'ngo-representative';
}

/** What finalization will ask for, as the engine does (ARRANGEMENTS_INCOMPLETE): a programme, an accepted chair per panel, both opening speakers. */
export function checkItems(meeting: ArrangedMeeting, panels: PanelView[]): CheckItem[] {
  const speaker = (role: 'eminent-person' | 'ngo-representative') => meeting.openingSpeakers.some((s) => s.role === role && s.name);
  return [
    { key: 'programme', kind: 'programme', done: meeting.programme.length > 0 },
    ...panels.map((panel): CheckItem => ({
      key: `panel-${panel.id}`,
      kind: 'panel-chair',
      done: panel.chair?.status === 'accepted',
      panel,
    })),
    ...(['eminent-person', 'ngo-representative'] as const).map((role): CheckItem => ({
      key: role,
      kind: 'opening-speaker',
      done: speaker(role),
      role,
    })),
  ];
}

/** `details.missing` of the engine's ARRANGEMENTS_INCOMPLETE, each gap's message. */
export function missingOf(details: unknown): string[] {
  const missing = (details as { missing?: unknown } | undefined)?.missing;
  if (!Array.isArray(missing)) return [];
  return missing.flatMap((item: unknown) => {
    const message = (item as { message?: unknown } | null)?.message;
    return typeof message === 'string' ? [message] : [];
  });
}
