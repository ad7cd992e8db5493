import type { ArrangedMeeting, PanelView } from '../../api/arrangements-queries';

/** One line of the finalization's check: an item of paragraph 10, done or missing. */
export interface CheckItem {
  key: string;
  kind: 'programme' | 'panel-chair' | 'opening-speaker';
  done: boolean;
  panel?: PanelView;
  role?: 'eminent-person' | 'ngo-representative';
}

/**
 * What finalization asks for: a programme, an accepted chair per panel, both opening speakers. Whether an item
 * is missing is the engine's word (the meeting view's `arrangements.missing`, from the rule finalization applies).
 */
export function checkItems(meeting: ArrangedMeeting, panels: PanelView[]): CheckItem[] {
  const { missing } = meeting.arrangements;
  const lacks = (item: CheckItem['kind'], named?: (gap: (typeof missing)[number]) => boolean) =>
    missing.some((gap) => gap.item === item && (named?.(gap) ?? true));
  return [
    { key: 'programme', kind: 'programme', done: !lacks('programme') },
    ...panels.map((panel): CheckItem => ({
      key: `panel-${panel.id}`,
      kind: 'panel-chair',
      done: !lacks('panel-chair', (gap) => gap.panelId === panel.id),
      panel,
    })),
    ...(['eminent-person', 'ngo-representative'] as const).map((role): CheckItem => ({
      key: role,
      kind: 'opening-speaker',
      done: !lacks('opening-speaker', (gap) => gap.role === role),
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
