/** Whose personal data a subject is: an entry's contact today; representatives and delegations next (issue 25). */
export type SubjectKind = 'entry-contact' | 'representative' | 'delegation';

/** One data subject, as the key store knows it (never its personal data). */
export interface SubjectRecord {
  subjectId: string;
  kind: SubjectKind;
  /** What the subject belongs to: the entry's id, the representative's id, the delegation's State. */
  reference: string;
  meetingId?: string;
}

/** A subject to keep, with its fresh key and the HMACs of the values it may be found by (e-mail addresses). */
export interface NewSubject extends SubjectRecord {
  key: Buffer;
  lookups: readonly Buffer[];
}

/** Which subjects a request names. */
export type SubjectQuery = { lookup: Buffer } | { kind: SubjectKind; reference: string } | { meetingId: string };

/**
 * The data subjects' keys, outside the event log, shared by every engine process. `keep` returns once the
 * keys are durable (committed and synced); `destroy` removes the keys and the lookups that find them.
 */
export interface PersonalDataKeys {
  /** The key of the HMACs that find subjects by e-mail address, made on first use and kept here. */
  lookupKey(): Promise<Buffer>;
  keep(subjects: readonly NewSubject[], at: Date): Promise<void>;
  keys(subjectIds: readonly string[]): Promise<Map<string, Buffer>>;
  /** The subjects that still have a key. */
  find(query: SubjectQuery): Promise<SubjectRecord[]>;
  /** The meetings with subjects that still have a key. */
  meetings(): Promise<string[]>;
  destroy(subjectIds: readonly string[], at: Date): Promise<void>;
  close(): Promise<void>;
}

export const PERSONAL_DATA_KEYS = Symbol('PERSONAL_DATA_KEYS');
