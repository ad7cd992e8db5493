import { BatchLetterFacts } from '../../accreditation/accreditation.public';
import { PrintJob } from '../rendering/pdf-renderer';
import { batchLetterEn } from './batch-letter.en';
import { batchLetterFr } from './batch-letter.fr';
import { deadlineWording } from './letter-dates';
import { byCodeThenName, letterDigest } from './letter-digest';
import { letterFooter, letterHtml } from './letter-layout';
import { LetterLanguage } from './letter-language';
import { commonWords, inAnnexOrder } from './letter-words';

const TEMPLATES = { en: batchLetterEn, fr: batchLetterFr } as const;

/** A letter ready to print, with the name it is downloaded under. */
export interface LetterJob extends PrintJob {
  filename: string;
  sha256: string;
}

/**
 * What the batch letter shows, independent of its language, whose canonical JSON the footer's SHA-256 digests:
 * the same state of the batch gives the same digest in English and in French, and anyone who may read the list
 * view and the meeting can recompute it (docs/documents.md, "Letters").
 */
export function batchLetterContent(facts: BatchLetterFacts) {
  return {
    document: 'batch-letter',
    meetingId: facts.meeting.id,
    listId: facts.list.id,
    batch: facts.batch.number,
    deadline: facts.batch.deadline,
    timezone: facts.meeting.timezone,
    organizations: [...facts.organizations].sort(byCodeThenName).map(({ name, country }) => ({ name, country })),
  };
}

export function batchLetter(facts: BatchLetterFacts, lang: LetterLanguage): LetterJob {
  const { meeting, list, batch } = facts;
  const annexed = inAnnexOrder(facts.organizations, lang);
  const text = TEMPLATES[lang]({
    ...commonWords(meeting, list.title, batch.submittedAt, lang),
    batch: batch.number,
    count: annexed.length,
    deadline: deadlineWording(batch.deadline, meeting.timezone, lang),
    rows: annexed.map((organization, i) => [String(i + 1), organization.name, organization.countryName]),
  });
  const sha256 = letterDigest(batchLetterContent(facts));
  return {
    html: letterHtml(lang, text),
    footerTemplate: letterFooter(text, { position: facts.position, sha256 }),
    filename: `${meeting.id}-${list.id}-batch-${batch.number}-letter-${lang}.pdf`,
    sha256,
  };
}
