import { eventBuilder, EventTable, versionsOf } from '../../kernel/decider';
import { ArrangementsState } from './arrangements.state';
import { FinalizationEvent, finalizationEvents } from './finalization';
import { OpeningSpeakersEvent, openingSpeakersEvents } from './opening-speakers';
import { PanelChairsEvent, panelChairsEvents } from './panel-chairs';
import { PresidentSummaryEvent, presidentSummaryEvents } from './president-summary';
import { ProgrammeEvent, programmeEvents } from './programme';

/** The events of the arrangements stream, assembled from its topics: a new event joins its topic's file only. */

export type { OpeningSpeaker, OpeningSpeakerRole, PresidentSummary } from './arrangements.state';
export { OPENING_SPEAKER_ROLES } from './arrangements.state';

export type ArrangementsEvent = ProgrammeEvent | PanelChairsEvent | OpeningSpeakersEvent | FinalizationEvent | PresidentSummaryEvent;

export const ARRANGEMENTS_EVENTS: EventTable<ArrangementsEvent, ArrangementsState> = {
  ...programmeEvents,
  ...panelChairsEvents,
  ...openingSpeakersEvents,
  ...finalizationEvents,
  ...presidentSummaryEvents,
};

/** The schema version each event type is written at today (the manifest and the upcasters read it). */
export const ARRANGEMENTS_EVENT_VERSIONS = versionsOf(ARRANGEMENTS_EVENTS);

export const ARRANGEMENTS_EVENT_TYPES = Object.keys(ARRANGEMENTS_EVENT_VERSIONS) as ReadonlyArray<ArrangementsEvent['type']>;

/** One stream per meeting: the rules on chairs and on finalization need the whole picture in one consistent state. */
export const ARRANGEMENTS_STREAM_PREFIX = 'arrangements-';
export const arrangementsStream = (meetingId: string) => `${ARRANGEMENTS_STREAM_PREFIX}${meetingId}`;

export const arrangementsEvent = eventBuilder<ArrangementsEvent>(ARRANGEMENTS_EVENT_VERSIONS);
