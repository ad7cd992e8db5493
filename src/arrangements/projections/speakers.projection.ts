import { StoredEvent } from '../../event-store/event-store.port';
import { DocumentWriter, Projection } from '../../kernel/projection';
import { SpeakersEvent } from '../domain/speakers';
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

export class SpeakersProjection implements Projection {
  readonly name = SPEAKERS_PROJECTION;
  readonly version = 1;

  apply(event: StoredEvent, documents: DocumentWriter): void {
    const match = SPEAKERS_STREAM.exec(event.streamId);
    if (!match || (event.type !== 'SpeakerInscribed' && event.type !== 'SpeakersListClosed')) return;
    const [, meetingId, segmentId] = match;
    const key = speakersKey(meetingId, segmentId);
    const list = documents.get<SpeakersDocument>(key) ?? { meetingId, segmentId, status: 'open', inscriptions: [] };
    const at = event.metadata.occurredAt;
    const speakersEvent = { type: event.type, data: event.data } as SpeakersEvent;
    documents.put(key, speakersEvent.type === 'SpeakerInscribed' ? inscribe(list, speakersEvent.data, at) : { ...list, status: 'closed', closedAt: at });
  }
}

function inscribe(list: SpeakersDocument, data: Extract<SpeakersEvent, { type: 'SpeakerInscribed' }>['data'], at: string): SpeakersDocument {
  const { state, delegation, level, speakerName } = data;
  const inscription: InscriptionDocument = { seq: list.inscriptions.length + 1, state, delegation, level, speakerName, inscribedAt: at };
  return { ...list, inscriptions: [...list.inscriptions, inscription] };
}
