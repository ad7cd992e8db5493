import { UnLanguage } from '../../kernel/languages';
import { BatchLetterFacts } from '../../accreditation/accreditation.public';
import { PrintJob } from '../rendering/pdf-renderer';
import { batchLetterEn } from './batch-letter.en';
import { batchLetterAr } from './batch-letter.ar';
import { batchLetterEs } from './batch-letter.es';
import { batchLetterFr } from './batch-letter.fr';
import { batchLetterRu } from './batch-letter.ru';
import { batchLetterZh } from './batch-letter.zh';
import { deadlineWording } from './letter-dates';
import { byCodeThenName, letterDigest } from './letter-digest';
import { letterFooter, letterHtml, LetterText } from './letter-layout';
import { BatchLetterWords, commonWords, inAnnexOrder } from './letter-words';

const TEMPLATES: Record<UnLanguage, (w: BatchLetterWords) => LetterText> = {
  en: batchLetterEn,
  fr: batchLetterFr,
  es: batchLetterEs,
  ru: batchLetterRu,
  zh: batchLetterZh,
  ar: batchLetterAr,
};

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

export function batchLetter(facts: BatchLetterFacts, lang: UnLanguage): LetterJob {
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
    footerTemplate: letterFooter(lang, text, { position: facts.position, sha256 }),
    rows: annexed.length,
    filename: `${meeting.id}-${list.id}-batch-${batch.number}-letter-${lang}.pdf`,
    sha256,
  };
}
