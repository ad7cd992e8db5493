import type { SpeakersView } from '../../arrangements/arrangements.public';
import { countryName } from './countries';
import { Table } from './table';

const COLUMNS = ['order', 'segmentId', 'state', 'stateName', 'delegation', 'level', 'speakerName', 'inscribedAt'];

/** The list of speakers in speaking order: level first, then Member States before observers, then inscription. */
export function speakersTable(view: SpeakersView, title: string): Table {
  const rows = view.speakers.map((speaker) => [
    speaker.order,
    speaker.segmentId,
    speaker.state,
    countryName(speaker.state),
    speaker.delegation,
    speaker.level,
    speaker.speakerName,
    speaker.inscribedAt,
  ]);
  return { title, columns: COLUMNS, rows };
}
