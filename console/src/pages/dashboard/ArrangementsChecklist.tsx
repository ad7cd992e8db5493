import { Anchor, Badge, Loader, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { usePanels, type Panel, type Segment } from '../../api/dashboard-queries';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useStateNames } from '../../format/state-names';

type Meeting = Schemas['MeetingResponse'];

interface Item {
  key: string;
  done: boolean;
  text: string;
}

/** The roles of the opening plenary that the Office identifies (the others speak by virtue of office). */
const OPENING_ROLES = ['eminent-person', 'ngo-representative'] as const;

/** The key of the checklist's item that a gap of the meeting view's `arrangements.missing` names. */
const gapKey = (gap: Meeting['arrangements']['missing'][number]) =>
  gap.item === 'panel-chair' ? `panel-${gap.panelId}` : gap.item === 'opening-speaker' ? (gap.role ?? gap.item) : gap.item;

/**
 * What finalization (paragraph 10) needs, item by item: a programme, an accepted chair for every panel, both
 * opening speakers identified. Whether an item is a gap is the engine's word (`arrangements.missing`, what a
 * refused finalization would list); the meeting and its panels give the words to say what is there.
 */
function checklist(meeting: Meeting, panels: Panel[], t: TFunction, stateName: (code: string) => string): Item[] {
  const gaps = new Set(meeting.arrangements.missing.map(gapKey));
  return describedItems(meeting, panels, t, stateName).map((item) => ({ ...item, done: !gaps.has(item.key) }));
}

function describedItems(meeting: Meeting, panels: Panel[], t: TFunction, stateName: (code: string) => string): Item[] {
  const programme = meeting.programme as unknown as Segment[];
  const items: Item[] = [
    programme.length > 0
      ? { key: 'programme', done: true, text: t('dashboard.arrangements.programme', { count: programme.length }) }
      : { key: 'programme', done: false, text: t('dashboard.arrangements.noProgramme') },
  ];
  for (const panel of panels) items.push({ key: `panel-${panel.id}`, ...panelItem(panel, t, stateName) });
  for (const role of OPENING_ROLES) {
    const speaker = meeting.openingSpeakers.find((s) => s.role === role && s.name);
    items.push({
      key: role,
      done: Boolean(speaker),
      text: speaker ? t(`dashboard.arrangements.speaker.${role}`, { name: speaker.name }) : t(`dashboard.arrangements.noSpeaker.${role}`),
    });
  }
  return items;
}

function panelItem(panel: Panel, t: TFunction, stateName: (code: string) => string): { done: boolean; text: string } {
  const chair = panel.chair;
  if (!chair) return { done: false, text: t('dashboard.arrangements.panel.none', { panel: panel.title }) };
  return {
    done: chair.status === 'accepted',
    text: t(`dashboard.arrangements.panel.${chair.status}`, { panel: panel.title, state: stateName(chair.state) }),
  };
}

/** The arrangements checklist: every gap in words, each a link to the arrangements where it is filled. */
export function ArrangementsChecklist({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const panels = usePanels(meeting.id);
  const stateName = useStateNames();
  if (panels.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (panels.isError) return <ProblemAlert error={panels.error} />;
  const items = checklist(meeting, panels.data, t, stateName);
  const gaps = items.filter((item) => !item.done).length;
  const finalized = meeting.arrangements.status === 'finalized';
  const arrangements = `/meetings/${meeting.id}/arrangements`;
  return (
    <>
      <Text mb="xs">{finalized ? t('dashboard.arrangements.finalized') : t('dashboard.arrangements.gaps', { count: gaps })}</Text>
      <ul className="no-checklist" aria-label={t('dashboard.arrangements.listLabel')}>
        {items.map((item) => (
          <li key={item.key} className={item.done ? 'no-check-done' : 'no-check-gap'}>
            <Badge size="sm" radius="xs" variant={item.done ? 'light' : 'filled'} color={item.done ? 'green' : 'red'}>
              {item.done ? t('dashboard.arrangements.done') : t('dashboard.arrangements.missing')}
            </Badge>{' '}
            {item.done ? (
              item.text
            ) : (
              <Anchor component={Link} to={arrangements}>
                {item.text}
              </Anchor>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
