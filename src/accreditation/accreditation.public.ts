/**
 * What other capabilities may use of this one; everything else in this folder is its own business
 * (checked by dependency-cruiser).
 */
export { AccreditationFacts, type BatchFacts, type EntryFacts, type OpenBatchFacts } from './accreditation-facts';
export { BATCH_DEADLINES, type BatchDeadlines } from './commands/batch-deadlines.port';
export { ExecuteListCommand, type ListCommandInput } from './commands/list-command.handler';
export { meetingStream } from './domain/meeting.events';
export { MEETING_ARRANGEMENTS, type MeetingArrangements, type MeetingArrangementsPart } from './projections/meeting-arrangements.port';
export { MeetingReader } from './projections/meeting.reader';
export { FIXED_OPENING_SPEAKERS, type OpeningSpeakerView } from './projections/meeting.view';
export type { OpenBatchDocument } from './projections/lists.projection';
export { AccreditationQueries } from './projections/accreditation.queries';
export { ContactsOnRecord, type ContactQuery, type StoredContact } from './projections/contacts-on-record';
export { MeetingQueries } from './projections/meeting.queries';
export type { EntryView, ListView } from './projections/list.view';
export type { MeetingView } from './projections/meeting.view';
export { ListLetters, type BatchLetterFacts, type LetterList, type LetterMeeting, type TransmittalLetterFacts } from './list-letters';
