import { UnLanguage } from '../../kernel/languages';
import { EntryView, TransmittalLetterFacts } from '../../accreditation/accreditation.public';
import { LetterJob } from './batch-letter';
import { countryName } from './country-names';
import { byCodeThenName, letterDigest } from './letter-digest';
import { letterFooter, letterHtml, LetterText } from './letter-layout';
import { commonWords, inAnnexOrder } from './letter-words';
import { transmittalLetterEn } from './transmittal-letter.en';
import { transmittalLetterAr } from './transmittal-letter.ar';
import { transmittalLetterEs } from './transmittal-letter.es';
import { transmittalLetterFr } from './transmittal-letter.fr';
import { transmittalLetterRu } from './transmittal-letter.ru';
import { transmittalLetterZh } from './transmittal-letter.zh';
import { TransmittalLetterWords, TransmittedOrganization } from './transmittal-words';

const TEMPLATES: Record<UnLanguage, (w: TransmittalLetterWords) => LetterText> = {
  en: transmittalLetterEn,
  fr: transmittalLetterFr,
  es: transmittalLetterEs,
  ru: transmittalLetterRu,
  zh: transmittalLetterZh,
  ar: transmittalLetterAr,
};

/** One entry as the letter may show it: its organization and the outcome the disclosure policy allows. */
function disclosed(entry: EntryView) {
  return {
    name: entry.organization.name,
    country: entry.organization.country,
    status: entry.status,
    ...(entry.objectingStates ? { objectingStates: [...entry.objectingStates].sort() } : {}),
    ...(entry.objectionCount !== undefined ? { objectionCount: entry.objectionCount } : {}),
    ...(entry.generalAssemblyDecision
      ? {
          generalAssemblyDecision: { decision: entry.generalAssemblyDecision.decision, reference: entry.generalAssemblyDecision.reference },
        }
      : {}),
  };
}

/** What the transmittal letter shows, independent of its language: the canonical JSON the footer's SHA-256 digests. */
export function transmittalLetterContent(facts: TransmittalLetterFacts) {
  return {
    document: 'transmittal-letter',
    meetingId: facts.meeting.id,
    listId: facts.list.id,
    transmittedAt: facts.transmittedAt,
    objectionDisclosure: facts.meeting.policy.objectionDisclosure,
    organizations: facts.entries.map(disclosed).sort(byCodeThenName),
  };
}

export function transmittalLetter(facts: TransmittalLetterFacts, lang: UnLanguage): LetterJob {
  const { meeting, list } = facts;
  const organizations = inAnnexOrder(facts.entries.map(disclosed), lang).map((o) => named(o, lang));
  const text = TEMPLATES[lang]({
    ...commonWords(meeting, list.title, facts.transmittedAt, lang),
    listKind: list.kind,
    disclosure: meeting.policy.objectionDisclosure,
    objectedGoToGeneralAssembly: meeting.policy.objectedGoToGeneralAssembly,
    approved: organizations.filter((o) => o.status === 'approved'),
    others: organizations.filter((o) => o.status !== 'approved'),
  });
  const sha256 = letterDigest(transmittalLetterContent(facts));
  return {
    html: letterHtml(lang, text),
    footerTemplate: letterFooter(lang, text, { position: facts.position, sha256 }),
    rows: organizations.length,
    filename: `${meeting.id}-${list.id}-transmittal-letter-${lang}.pdf`,
    sha256,
  };
}

function named(organization: ReturnType<typeof disclosed> & { countryName: string }, lang: UnLanguage): TransmittedOrganization {
  const { objectingStates, ...rest } = organization;
  return { ...rest, ...(objectingStates ? { objectingStates: objectingStates.map((state) => countryName(state, lang)) } : {}) };
}
