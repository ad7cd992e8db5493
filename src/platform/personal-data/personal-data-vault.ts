import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { Clock } from '../../kernel/clock';
import { ERASED, isEnvelope, KEY_BYTES, open, parseEnvelope, seal } from './envelope';
import { PersonalDataKeys, SubjectKind, SubjectQuery, SubjectRecord } from './personal-data-keys';

/** A personal value to seal under a new subject of its own. */
export interface SealRequest {
  kind: SubjectKind;
  reference: string;
  meetingId?: string;
  value: string;
  /** The value is an e-mail address the subject may be found by (an erasure `{ email }`). */
  findable?: boolean;
}

/** The e-mail address as compared: trimmed, in lower case. */
export const comparableEmail = (email: string) => email.trim().toLowerCase();

/**
 * Crypto-shredding: each subject's personal values are sealed under a random key of its own, kept in the
 * key store; destroying the key erases every copy the append-only log keeps, which is never rewritten.
 */
export class PersonalDataVault {
  private lookupKey?: Promise<Buffer>;
  private readonly destroyedListeners: Array<() => void> = [];

  constructor(
    private readonly keys: PersonalDataKeys,
    private readonly clock: Clock,
  ) {}

  /** One new subject per value; returns once their keys are durable, so an event naming them may be appended. */
  async sealAll(requests: readonly SealRequest[]): Promise<Array<{ subjectId: string; envelope: string }>> {
    if (requests.length === 0) return [];
    const made = await Promise.all(requests.map(async (request) => this.subjectFor(request)));
    await this.keys.keep(
      made.map((m) => m.subject),
      this.clock.now(),
    );
    return made.map(({ subject, envelope }) => ({ subjectId: subject.subjectId, envelope }));
  }

  /** Per envelope among `values`, its clear text, or `[erased]` when its key is gone; other values are not in the map. */
  async revealAll(values: Iterable<unknown>): Promise<Map<string, string>> {
    const envelopes = [...new Set([...values].filter(isEnvelope))];
    const parsed = envelopes.map((text) => ({ text, envelope: parseEnvelope(text)! }));
    const keys = await this.keys.keys(parsed.map((p) => p.envelope.subjectId));
    return new Map(parsed.map(({ text, envelope }) => [text, openOrErased(envelope, keys.get(envelope.subjectId))]));
  }

  /** The subjects that still have a key and were sealed with this e-mail address. */
  async findByEmail(email: string): Promise<SubjectRecord[]> {
    return this.keys.find({ lookup: await this.lookupOf(email) });
  }

  find(query: Exclude<SubjectQuery, { lookup: Buffer }>): Promise<SubjectRecord[]> {
    return this.keys.find(query);
  }

  meetings(): Promise<string[]> {
    return this.keys.meetings();
  }

  /** Destroys the subjects' keys and the lookups that find them, then tells whoever keeps copies made from them. */
  async destroy(subjectIds: readonly string[]): Promise<void> {
    if (!subjectIds.length) return;
    await this.keys.destroy(subjectIds, this.clock.now());
    for (const listener of this.destroyedListeners) listener();
  }

  /** `listener` runs after every destruction: a cache of documents drops what it made from the data. */
  onDestroyed(listener: () => void): void {
    this.destroyedListeners.push(listener);
  }

  /** Destroys whichever of these subjects still have a key (an erasure whose destruction was interrupted). */
  async destroyKept(subjectIds: readonly string[]): Promise<void> {
    const kept = await this.keys.keys(subjectIds);
    await this.destroy([...kept.keys()]);
  }

  private async subjectFor(request: SealRequest) {
    const subjectId = randomUUID();
    const key = randomBytes(KEY_BYTES);
    const lookups = request.findable ? [await this.lookupOf(request.value)] : [];
    const { kind, reference, meetingId } = request;
    return {
      subject: { subjectId, kind, reference, ...(meetingId ? { meetingId } : {}), key, lookups },
      envelope: seal(request.value, subjectId, key),
    };
  }

  private async lookupOf(email: string): Promise<Buffer> {
    const key = await (this.lookupKey ??= this.keys.lookupKey());
    return createHmac('sha256', key).update(comparableEmail(email)).digest();
  }
}

function openOrErased(envelope: NonNullable<ReturnType<typeof parseEnvelope>>, key: Buffer | undefined): string {
  return (key && open(envelope, key)) ?? ERASED;
}
