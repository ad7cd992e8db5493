import type { ReportWords } from './report-vocabulary';

/** Les documents en français. */
export const REPORT_WORDS_FR: ReportWords = {
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
    observer: (delegation) => `${delegation} (observateur)`,
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
