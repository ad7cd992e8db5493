import { LetterText } from './letter-layout';
import { BatchLetterWords } from './letter-words';

/** The PGA's letter submitting a batch to all Permanent Representatives and Permanent Observers, in English. */
export function batchLetterEn(w: BatchLetterWords): LetterText {
  const resolutions = w.resolutions.length
    ? ` and to General Assembly ${w.resolutions.length > 1 ? 'resolutions' : 'resolution'} ${englishList(w.resolutions)}`
    : '';
  return {
    heading: 'THE PRESIDENT OF THE GENERAL ASSEMBLY',
    date: w.date,
    salutation: 'Excellency,',
    paragraphs: [
      `I have the honour to refer to the ${w.meetingTitle}${w.venue ? `, to be held at ${w.venue}` : ''}${resolutions}.`,
      `In accordance with the modalities decided by the General Assembly, I have the honour to submit to Member States, for their consideration on a non-objection basis, the annexed list of ${organizations(w.count)} that have expressed interest in participating in the meeting (${w.listTitle}, batch ${w.batch}).`,
      `Member States wishing to object to the participation of any of the listed organizations are kindly requested to inform my Office in writing no later than ${w.deadline}. Organizations to which no objection has been received by that time will be invited to participate in the meeting.`,
      'The general basis of any objection, if requested by one or more Member States, will be made known to the Office of the President of the General Assembly and the requester.',
    ],
    closing: 'Please accept, Excellency, the assurances of my highest consideration.',
    signatory: 'President of the General Assembly',
    addressees: ['All Permanent Representatives and Permanent Observers', 'to the United Nations', 'New York'],
    annex: {
      heading: 'Annex',
      title: 'List of organizations submitted to Member States on a non-objection basis',
      subtitle: `${w.meetingTitle}: ${w.listTitle}, batch ${w.batch}`,
      parts: [{ title: '', columns: ['No.', 'Name of organization', 'Country'], rows: w.rows, empty: 'No organization.' }],
    },
    footer: { position: 'Position in the log', page: 'Page', of: 'of' },
  };
}

function organizations(count: number): string {
  const what = 'representatives of non-governmental organizations, civil society organizations, the private sector and the media';
  return count === 1 ? `one organization (${what})` : `${count} organizations (${what})`;
}

/** "a", "a and b", "a, b and c" (no serial comma, as in United Nations English). */
export function englishList(items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
