import type { ReportWords } from './report-vocabulary';

/** Los documentos en español. */
export const REPORT_WORDS_ES: ReportWords = {
  office: 'EL PRESIDENTE DE LA ASAMBLEA GENERAL',
  page: 'Página',
  of: 'de',
  asOf: (moment) => `Situación al ${moment}`,
  speakers: {
    title: 'Lista de oradores',
    segment: (title, startsAt) => `${title}, ${startsAt}`,
    status: { open: 'La lista está abierta para la inscripción.', closed: (at) => `La lista se cerró el ${at}.` },
    columns: ['N.º', 'Delegación', 'Nivel de representación', 'Orador', 'Inscripción'],
    empty: 'Todavía no se ha inscrito ninguna delegación.',
    levels: {
      'head-of-state': 'Jefe de Estado',
      'vice-president': 'Vicepresidente',
      'crown-prince': 'Príncipe Heredero',
      'head-of-government': 'Jefe de Gobierno',
      minister: 'Ministro',
      'vice-minister': 'Viceministro',
      'head-of-delegation': 'Jefe de delegación',
    },
    observer: (delegation) => `${delegation} (observador)`,
  },
  summary: {
    title: 'Resumen de la reunión de alto nivel',
    president: 'Resumen del Presidente',
    notYet: 'El Presidente todavía no ha consignado un resumen de la reunión.',
    recorded: (at) => `Consignado el ${at}`,
    achievements: 'Logros',
    gaps: 'Deficiencias',
    challenges: 'Desafíos',
    chairs: 'Resúmenes de los presidentes de las mesas redondas',
    noChairs: 'Ningún presidente de mesa redonda ha presentado todavía un resumen.',
    chairedBy: (state, at) => `Presidida por ${state}; resumen consignado el ${at}`,
  },
};
