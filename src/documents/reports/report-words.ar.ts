import { isolated } from '../letters/document-script';
import type { ReportWords } from './report-vocabulary';

/** الوثائق بالعربية. */
export const REPORT_WORDS_AR: ReportWords = {
  office: 'رئيس الجمعية العامة',
  page: 'الصفحة',
  of: 'من',
  asOf: (moment) => `حتى ${moment}`,
  speakers: {
    title: 'قائمة المتكلمين',
    segment: (title, startsAt) => `${isolated(title)}، ${startsAt}`,
    status: { open: 'باب التسجيل في القائمة مفتوح.', closed: (at) => `أُقفلت القائمة في ${at}.` },
    columns: ['الرقم', 'الوفد', 'مستوى التمثيل', 'المتكلم', 'تاريخ التسجيل'],
    empty: 'لم يسجل أي وفد بعد.',
    levels: {
      'head-of-state': 'رئيس دولة',
      'vice-president': 'نائب رئيس',
      'crown-prince': 'ولي العهد',
      'head-of-government': 'رئيس حكومة',
      minister: 'وزير',
      'vice-minister': 'نائب وزير',
      'head-of-delegation': 'رئيس وفد',
    },
    observer: (delegation) => `${isolated(delegation)} (مراقب)`,
  },
  summary: {
    title: 'موجز الاجتماع الرفيع المستوى',
    president: 'موجز الرئيس',
    notYet: 'لم يسجل الرئيس بعد موجزا للاجتماع.',
    recorded: (at) => `سُجل في ${at}`,
    achievements: 'الإنجازات',
    gaps: 'الثغرات',
    challenges: 'التحديات',
    chairs: 'موجزات رؤساء حلقات النقاش',
    noChairs: 'لم يقدم أي من رؤساء حلقات النقاش موجزا بعد.',
    chairedBy: (state, at) => `برئاسة ${state}؛ سُجل الموجز في ${at}`,
  },
};
