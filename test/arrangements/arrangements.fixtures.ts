import { ArrangementsCommand } from '../../src/arrangements/domain/arrangements.commands';
import { arrangementsEvent, ArrangementsEvent, OpeningSpeaker } from '../../src/arrangements/domain/arrangements.events';
import { Segment, SegmentInput } from '../../src/arrangements/domain/segments';
import { Actor } from '../../src/event-store/event-store.port';
import { DistributiveOmit } from '../../src/kernel/decider';
import { RegionalGroup } from '../../src/kernel/reference/reference-data';

/** People and the 2013 meeting of the founding resolution, for the arrangements specifications. */

export const MEETING = 'trafficking-2013';
export const NOW = new Date('2013-04-30T15:00:00Z');

export const pga: Actor = { role: 'pga', subject: 'pga-office' };
export const auditor: Actor = { role: 'auditor', subject: 'oios' };
export const memberState = (state: string): Actor => ({ role: 'member-state', subject: `${state.toLowerCase()}-mission`, state });
export const observer = (state: string): Actor => ({ role: 'observer', subject: `${state.toLowerCase()}-mission`, state });

export const THEME_1 =
  'The Global Plan of Action, relevant legal instruments, and Effective Partnerships to Protect and Assist Victims of Human Trafficking';
export const THEME_2 =
  'Sharing Best Practices and Lessons Learned for Prevention and Prosecution in the implementation of the Global Plan of Action, and relevant legal instruments';

const at = (local: string) => new Date(`${local}-04:00`);

/** Paragraphs 1 and 3, as the PGA gives them (New York time). */
export const PROGRAMME_2013: SegmentInput[] = [
  {
    id: 'opening-plenary',
    kind: 'opening-plenary',
    title: 'Opening plenary meeting',
    startsAt: at('2013-05-13T09:00'),
    endsAt: at('2013-05-13T10:00'),
  },
  { id: 'plenary-1', kind: 'plenary', title: 'Plenary meeting', startsAt: at('2013-05-13T10:00'), endsAt: at('2013-05-13T13:00') },
  {
    id: 'panel-1',
    kind: 'panel',
    title: 'Interactive panel discussion 1',
    theme: THEME_1,
    startsAt: at('2013-05-13T15:00'),
    endsAt: at('2013-05-13T16:30'),
  },
  {
    id: 'panel-2',
    kind: 'panel',
    title: 'Interactive panel discussion 2',
    theme: THEME_2,
    startsAt: at('2013-05-13T16:30'),
    endsAt: at('2013-05-13T18:00'),
  },
  { id: 'plenary-2', kind: 'plenary', title: 'Plenary meeting', startsAt: at('2013-05-14T10:00'), endsAt: at('2013-05-14T13:00') },
  { id: 'plenary-3', kind: 'plenary', title: 'Plenary meeting', startsAt: at('2013-05-14T15:00'), endsAt: at('2013-05-14T18:00') },
  { id: 'closing-plenary', kind: 'closing-plenary', title: 'Closing plenary meeting', startsAt: at('2013-05-14T18:00') },
];

/** The same programme as stored: UTC. */
export const SEGMENTS_2013: Segment[] = PROGRAMME_2013.map(({ startsAt, endsAt, ...segment }) => ({
  ...segment,
  startsAt: startsAt.toISOString(),
  ...(endsAt ? { endsAt: endsAt.toISOString() } : {}),
}));

// ---- events ----

export const programmeSet = (segments: Segment[] = SEGMENTS_2013) => arrangementsEvent('ProgrammeSet', { segments });
export const consulted = (panelId: string, regionalGroup: RegionalGroup) =>
  arrangementsEvent('RegionalGroupConsulted', { panelId, regionalGroup });
export const invited = (panelId: string, state: string, regionalGroup: RegionalGroup) =>
  arrangementsEvent('ChairInvited', { panelId, state, regionalGroup });
export const accepted = (panelId: string, state: string) => arrangementsEvent('ChairInvitationAccepted', { panelId, state });
export const declined = (panelId: string, state: string) => arrangementsEvent('ChairInvitationDeclined', { panelId, state });
export const identified = (speaker: OpeningSpeaker) => arrangementsEvent('OpeningSpeakerIdentified', speaker);
export const finalized = () => arrangementsEvent('ArrangementsFinalized', { segments: 7, panels: 2 });
export const reopened = (reason = 'The chair of panel 2 withdrew.') => arrangementsEvent('ArrangementsReopened', { reason });

export const ENTRY = '00000000-0000-4000-8000-000000000001';
export const EMINENT: OpeningSpeaker = { role: 'eminent-person', name: 'A. Eminent', survivor: false };
export const NGO_REP: OpeningSpeaker = {
  role: 'ngo-representative',
  name: 'B. Representative',
  organization: 'Global Alliance Against Traffic in Women',
  entryId: ENTRY,
  listId: 'ecosoc-ngos',
  survivor: true,
};

/** Panel 1 chaired by the Philippines (Asia-Pacific), panel 2 by Belarus (Eastern European), both accepted. */
export const chairsAccepted = (): ArrangementsEvent[] => [
  consulted('panel-1', 'Asia-Pacific Group'),
  invited('panel-1', 'PHL', 'Asia-Pacific Group'),
  accepted('panel-1', 'PHL'),
  consulted('panel-2', 'Eastern European Group'),
  invited('panel-2', 'BLR', 'Eastern European Group'),
  accepted('panel-2', 'BLR'),
];

/** Everything paragraph 10 asks for, not yet finalized. */
export const complete = (): ArrangementsEvent[] => [programmeSet(), ...chairsAccepted(), identified(EMINENT), identified(NGO_REP)];

// ---- commands ----

type Input = DistributiveOmit<ArrangementsCommand, 'meetingId' | 'meeting' | 'actor' | 'now'>;

/** A command of the PGA (or of `actor`) on the 2013 meeting, which exists. */
export function command(input: Input, actor: Actor = pga, meetingExists = true): ArrangementsCommand {
  return { ...input, meetingId: MEETING, meeting: { exists: meetingExists }, actor, now: NOW };
}
