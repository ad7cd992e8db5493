import { StoredEvent } from '../../event-store/event-store.port';
import { DocumentWriter, Projection } from '../../kernel/projection';
import { SPEAKERS_EVENT_VERSIONS, SpeakersEvent } from '../domain/speakers';
import { Delegation, Level } from '../domain/speaking-order';

export const SPEAKERS_PROJECTION = 'speakers';
export const speakersKey = (meetingId: string, segmentId: string) => `speakers/${meetingId}/${segmentId}`;

export interface InscriptionDocument {
  seq: number;
  state: string;
  delegation: Delegation;
  level: Level;
  speakerName: string;
  inscribedAt: string;
}

/** The list of speakers of one segment, inscriptions in order of inscription. */
export interface SpeakersDocument {
  meetingId: string;
  segmentId: string;
  status: 'open' | 'closed';
  closedAt?: string;
  inscriptions: InscriptionDocument[];
}

const SPEAKERS_STREAM = /^speakers-([^.]+)\.(.+)$/;
const HANDLED = new Set<string>(Object.keys(SPEAKERS_EVENT_VERSIONS));

export class SpeakersProjection implements Projection {
  readonly name = SPEAKERS_PROJECTION;
  readonly version = 1;

  apply(event: StoredEvent, documents: DocumentWriter): void {
    const match = SPEAKERS_STREAM.exec(event.streamId);
    if (!match || !HANDLED.has(event.type)) return;
    const [, meetingId, segmentId] = match;
    const key = speakersKey(meetingId, segmentId);
    const list = documents.get<SpeakersDocument>(key) ?? { meetingId, segmentId, status: 'open', inscriptions: [] };
    documents.put(key, applyEvent(list, { type: event.type, data: event.data } as SpeakersEvent, event.metadata.occurredAt));
  }
}

function applyEvent(list: SpeakersDocument, event: SpeakersEvent, at: string): SpeakersDocument {
  switch (event.type) {
    case 'SpeakerInscribed':
      return inscribe(list, event.data, at);
    case 'InscriptionWithdrawn':
      return { ...list, inscriptions: list.inscriptions.filter((inscription) => inscription.state !== event.data.state) };
    case 'SpeakersListClosed':
      return { ...list, status: 'closed', closedAt: at };
  }
}

function inscribe(
  list: SpeakersDocument,
  data: Extract<SpeakersEvent, { type: 'SpeakerInscribed' }>['data'],
  at: string,
): SpeakersDocument {
  const { state, delegation, level, speakerName } = data;
  const inscription: InscriptionDocument = { seq: nextSeq(list), state, delegation, level, speakerName, inscribedAt: at };
  return { ...list, inscriptions: [...list.inscriptions, inscription] };
}

/** Past the highest, not the count: after a withdrawal the count would repeat a seq still on the list. */
function nextSeq(list: SpeakersDocument): number {
  return Math.max(0, ...list.inscriptions.map((inscription) => inscription.seq)) + 1;
}
