import { LetterMeeting } from '../../accreditation/accreditation.public';
import { countryName } from './country-names';
import { letterDate } from './letter-dates';
import { UnLanguage } from '../../kernel/languages';

/** What every letter's template is given, already in the letter's language where it matters. */
export interface CommonWords {
  meetingTitle: string;
  venue?: string;
  /** "67/190" for A/RES/67/190. */
  resolutions: string[];
  listTitle: string;
  date: string;
}

export interface BatchLetterWords extends CommonWords {
  batch: number;
  count: number;
  deadline: string;
  /** No., name, country name: sorted by country name in the letter's language, then name. */
  rows: string[][];
}

export function commonWords(meeting: LetterMeeting, listTitle: string, dated: string, lang: UnLanguage): CommonWords {
  return {
    meetingTitle: meeting.title,
    ...(meeting.venue ? { venue: meeting.venue } : {}),
    resolutions: meeting.mandate.map((symbol) => symbol.replace(/^A\/RES\//, '')),
    listTitle,
    date: letterDate(dated, meeting.timezone, lang),
  };
}

export interface NamedOrganization {
  name: string;
  country: string;
  countryName: string;
}

/** Organizations with their country's name, sorted as the annex lists them: by country name, then name. */
export function inAnnexOrder<T extends { name: string; country: string }>(
  organizations: readonly T[],
  lang: UnLanguage,
): Array<T & { countryName: string }> {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return organizations
    .map((organization) => ({ ...organization, countryName: countryName(organization.country, lang) }))
    .sort((a, b) => collator.compare(a.countryName, b.countryName) || collator.compare(a.name, b.name));
}
