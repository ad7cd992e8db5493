import { isolated } from './document-script';
import { LetterText } from './letter-layout';
import { BatchLetterWords } from './letter-words';

const ARABIC_PLURAL = new Intl.PluralRules('ar');

/** رسالة رئيس الجمعية العامة التي يقدم بها دفعة من المنظمات إلى الممثلين الدائمين والمراقبين الدائمين، بالعربية. */
export function batchLetterAr(w: BatchLetterWords): LetterText {
  const resolutions = w.resolutions.length
    ? `، وإلى ${w.resolutions.length > 1 ? 'قرارات' : 'قرار'} الجمعية العامة ${arabicList(w.resolutions)}`
    : '';
  return {
    heading: 'رئيس الجمعية العامة',
    date: w.date,
    salutation: 'صاحب السعادة،',
    paragraphs: [
      `يشرفني أن أشير إلى الاجتماع «${isolated(w.meetingTitle)}»${w.venue ? `، الذي سيعقد في ${isolated(w.venue)}` : ''}${resolutions}.`,
      `ووفقا للطرائق التي قررتها الجمعية العامة، يشرفني أن أقدم إلى الدول الأعضاء، للنظر فيها على أساس عدم الاعتراض، القائمة المرفقة التي تضم ${arabicOrganizations(w.count)} (من ممثلي المنظمات غير الحكومية ومنظمات المجتمع المدني والقطاع الخاص ووسائط الإعلام) أبدت اهتمامها بالمشاركة في الاجتماع (${isolated(w.listTitle)}، الدفعة ${w.batch}).`,
      `ويرجى من الدول الأعضاء التي ترغب في الاعتراض على مشاركة أي من المنظمات المدرجة في القائمة إبلاغ مكتبي بذلك كتابةً في موعد أقصاه ${w.deadline}. وستُدعى إلى المشاركة في الاجتماع المنظمات التي لم يرد بشأنها أي اعتراض بحلول ذلك الموعد.`,
      'وإذا طلبت ذلك دولة عضو أو أكثر، تُبلَّغ الأسس العامة لأي اعتراض إلى مكتب رئيس الجمعية العامة وإلى الجهة التي طلبتها.',
    ],
    closing: 'وتفضلوا، يا صاحب السعادة، بقبول فائق الاحترام والتقدير.',
    signatory: 'رئيس الجمعية العامة',
    addressees: ['جميع الممثلين الدائمين والمراقبين الدائمين', 'لدى الأمم المتحدة', 'نيويورك'],
    annex: {
      heading: 'المرفق',
      title: 'قائمة المنظمات المقدمة إلى الدول الأعضاء على أساس عدم الاعتراض',
      subtitle: `${isolated(`${w.meetingTitle}: ${w.listTitle}`)}، الدفعة ${w.batch}`,
      parts: [{ title: '', columns: ['الرقم', 'اسم المنظمة', 'البلد'], rows: w.rows, empty: 'لا توجد منظمات.' }],
    },
    footer: { position: 'الموقع في السجل', page: 'الصفحة', of: 'من' },
  };
}

/**
 * A number of organizations as Arabic counts them, digits Western as in United Nations Arabic documents:
 * "منظمة واحدة", "منظمتين", "3 منظمات" (3 to 10), "11 منظمة" (11 to 99), "100 منظمة".
 */
export function arabicOrganizations(count: number): string {
  switch (ARABIC_PLURAL.select(count)) {
    case 'one':
      return 'منظمة واحدة';
    case 'two':
      return 'منظمتين';
    case 'few':
      return `${count} منظمات`;
    default:
      return `${count} منظمة`;
  }
}

/** "أ"، "أ وب"، "أ، ب وج": the conjunction و is written joined to the next word. */
export function arabicList(items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join('، ')} و${items[items.length - 1]}`;
}
