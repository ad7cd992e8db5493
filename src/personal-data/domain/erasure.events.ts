import { DomainEvent, eventBuilder } from '../../kernel/decider';

/** What an erasure was asked for: never the personal data itself (an `{ email }` request is named, not copied). */
export type ErasureRequest =
  | { by: 'email' }
  | { by: 'entry'; entryId: string }
  | { by: 'representative'; representativeId: string }
  | { by: 'delegation'; state: string }
  | { by: 'retention'; meetingId: string; meetingEnd: string; retentionDays: number };

/**
 * The subjects' keys are destroyed once this is in the log: every copy of their personal data the log keeps
 * (envelopes, never rewritten) can no longer be read. `notErasable`: entries whose contact e-mail was written in
 * the clear, before version 1.2, which no key can erase.
 */
export type PersonalDataErased = DomainEvent<
  'PersonalDataErased',
  { request: ErasureRequest; reason: string; subjectIds: string[]; notErasable: string[] }
>;

export type PersonalDataEvent = PersonalDataErased;

export const PERSONAL_DATA_EVENT_VERSIONS: Readonly<Record<PersonalDataEvent['type'], number>> = {
  PersonalDataErased: 1,
};

export const personalDataEvent = eventBuilder<PersonalDataEvent>(PERSONAL_DATA_EVENT_VERSIONS);

/** One stream holds every erasure: they belong to no single meeting (an address may be on many). */
export const PERSONAL_DATA_STREAM_PREFIX = 'personal-data-';
export const ERASURES_STREAM = `${PERSONAL_DATA_STREAM_PREFIX}erasures`;
