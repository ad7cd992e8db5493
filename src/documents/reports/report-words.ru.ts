import type { ReportWords } from './report-vocabulary';

/** Документы на русском языке. */
export const REPORT_WORDS_RU: ReportWords = {
  office: 'ПРЕДСЕДАТЕЛЬ ГЕНЕРАЛЬНОЙ АССАМБЛЕИ',
  page: 'Стр.',
  of: 'из',
  asOf: (moment) => `По состоянию на ${moment}`,
  speakers: {
    title: 'Список ораторов',
    segment: (title, startsAt) => `${title}, ${startsAt}`,
    status: { open: 'Запись в список ораторов открыта.', closed: (at) => `Список был закрыт ${at}.` },
    columns: ['№', 'Делегация', 'Уровень представительства', 'Оратор', 'Дата записи'],
    empty: 'Ни одна делегация еще не записалась.',
    levels: {
      'head-of-state': 'Глава государства',
      'vice-president': 'Вице-президент',
      'crown-prince': 'Наследный принц',
      'head-of-government': 'Глава правительства',
      minister: 'Министр',
      'vice-minister': 'Заместитель министра',
      'head-of-delegation': 'Глава делегации',
    },
    observer: (delegation) => `${delegation} (наблюдатель)`,
  },
  summary: {
    title: 'Резюме заседания высокого уровня',
    president: 'Резюме Председателя',
    notYet: 'Председатель еще не внес резюме заседания.',
    recorded: (at) => `Внесено ${at}`,
    achievements: 'Достижения',
    gaps: 'Пробелы',
    challenges: 'Проблемы',
    chairs: 'Резюме председателей дискуссионных групп',
    noChairs: 'Ни один из председателей дискуссионных групп еще не представил резюме.',
    chairedBy: (state, at) => `Председатель: ${state}; резюме внесено ${at}`,
  },
};
