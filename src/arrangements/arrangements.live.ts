import { StoredEvent } from '../kernel/events';
import { changesOf, LiveMapping, LiveView } from '../kernel/live-views';
import { ArrangementsEvent, ARRANGEMENTS_STREAM_PREFIX } from './domain/arrangements.events';
import { SpeakersEvent, SPEAKERS_STREAM_PREFIX } from './domain/speakers';

/** `arrangements-<meetingId>`, or `speakers-<meetingId>.<segmentId>` (meeting ids are slugs: no dot). */
function meetingOf(event: StoredEvent): { meetingId: string } {
  const prefix = event.streamId.startsWith(SPEAKERS_STREAM_PREFIX) ? SPEAKERS_STREAM_PREFIX : ARRANGEMENTS_STREAM_PREFIX;
  return { meetingId: event.streamId.slice(prefix.length).split('.', 1)[0] };
}

const everyone =
  (...views: LiveView[]): LiveMapping =>
  (event) =>
    changesOf(views, meetingOf(event));

/**
 * What each event of a meeting's arrangements and lists of speakers changes: every reader sees all of it
 * (the opening speakers' `survivor` flag, the one thing some roles do not see, never comes alone: the
 * speaker's identification, which everyone sees, carries it).
 */
export const ARRANGEMENTS_LIVE_VIEWS: Record<ArrangementsEvent['type'] | SpeakersEvent['type'], LiveMapping> = {
  ProgrammeSet: everyone('meeting', 'panels', 'speakers'),
  RegionalGroupConsulted: everyone('meeting', 'panels'),
  ChairInvited: everyone('meeting', 'panels'),
  ChairInvitationWithdrawn: everyone('meeting', 'panels'),
  ChairInvitationAccepted: everyone('meeting', 'panels'),
  ChairInvitationDeclined: everyone('meeting', 'panels'),
  PanelSummaryRecorded: everyone('meeting', 'panels', 'summary'),
  OpeningSpeakerIdentified: everyone('meeting'),
  ArrangementsFinalized: everyone('meeting'),
  ArrangementsReopened: everyone('meeting'),
  PresidentSummaryRecorded: everyone('summary'),
  SpeakerInscribed: everyone('speakers'),
  InscriptionWithdrawn: everyone('speakers'),
  SpeakersListClosed: everyone('speakers'),
};
