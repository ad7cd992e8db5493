import type { SpeakerView } from '../../arrangements/arrangements.public';
import { LetterLanguage } from '../letters/letter-language';

type Level = SpeakerView['level'];

/** The words of the reports, in each language they are written in. */
export interface ReportWords {
  office: string;
  page: string;
  of: string;
  asOf: (moment: string) => string;
  speakers: {
    title: string;
    segment: (title: string, startsAt: string) => string;
    status: { open: string; closed: (at: string) => string };
    columns: string[];
    empty: string;
    levels: Record<Level, string>;
    observer: string;
  };
  summary: {
    title: string;
    president: string;
    notYet: string;
    recorded: (at: string) => string;
    achievements: string;
    gaps: string;
    challenges: string;
    chairs: string;
    noChairs: string;
    chairedBy: (state: string, at: string) => string;
  };
}

const EN: ReportWords = {
  office: 'THE PRESIDENT OF THE GENERAL ASSEMBLY',
  page: 'Page',
  of: 'of',
  asOf: (moment) => `As of ${moment}`,
  speakers: {
    title: 'List of speakers',
    segment: (title, startsAt) => `${title}, ${startsAt}`,
    status: { open: 'The list is open for inscription.', closed: (at) => `The list was closed on ${at}.` },
    columns: ['No.', 'Delegation', 'Level of representation', 'Speaker', 'Inscribed on'],
    empty: 'No delegation has inscribed yet.',
    levels: {
      'head-of-state': 'Head of State',
      'vice-president': 'Vice-President',
      'crown-prince': 'Crown Prince',
      'head-of-government': 'Head of Government',
      minister: 'Minister',
      'vice-minister': 'Vice-Minister',
      'head-of-delegation': 'Head of delegation',
    },
    observer: 'observer',
  },
  summary: {
    title: 'Summary of the high-level meeting',
    president: "The President's summary",
    notYet: 'The President has not yet recorded a summary of the meeting.',
    recorded: (at) => `Recorded on ${at}`,
    achievements: 'Achievements',
    gaps: 'Gaps',
    challenges: 'Challenges',
    chairs: "The panel chairs' summaries",
    noChairs: 'No panel chair has presented a summary yet.',
    chairedBy: (state, at) => `Chaired by ${state}; summary recorded on ${at}`,
  },
};

const FR: ReportWords = {
  office: "LE PRÉSIDENT DE L'ASSEMBLÉE GÉNÉRALE",
  page: 'Page',
  of: 'sur',
  asOf: (moment) => `État au ${moment}`,
  speakers: {
    title: 'Liste des orateurs',
    segment: (title, startsAt) => `${title}, ${startsAt}`,
    status: { open: 'La liste est ouverte aux inscriptions.', closed: (at) => `La liste a été close le ${at}.` },
    columns: ['No', 'Délégation', 'Niveau de représentation', 'Orateur', 'Inscrit le'],
    empty: "Aucune délégation ne s'est encore inscrite.",
    levels: {
      'head-of-state': "Chef d'État",
      'vice-president': 'Vice-Président',
      'crown-prince': 'Prince héritier',
      'head-of-government': 'Chef de gouvernement',
      minister: 'Ministre',
      'vice-minister': 'Vice-Ministre',
      'head-of-delegation': 'Chef de délégation',
    },
    observer: 'observateur',
  },
  summary: {
    title: 'Résumé de la réunion de haut niveau',
    president: 'Résumé du Président',
    notYet: "Le Président n'a pas encore consigné de résumé de la réunion.",
    recorded: (at) => `Consigné le ${at}`,
    achievements: 'Progrès accomplis',
    gaps: 'Lacunes',
    challenges: 'Difficultés',
    chairs: 'Résumés des présidents des tables rondes',
    noChairs: "Aucun président de table ronde n'a encore présenté de résumé.",
    chairedBy: (state, at) => `Présidée par ${state} ; résumé consigné le ${at}`,
  },
};

export const REPORT_WORDS: Record<LetterLanguage, ReportWords> = { en: EN, fr: FR };
