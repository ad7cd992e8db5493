import type { ReportWords } from './report-vocabulary';

/** The reports in English. */
export const REPORT_WORDS_EN: ReportWords = {
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
    observer: (delegation) => `${delegation} (observer)`,
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
