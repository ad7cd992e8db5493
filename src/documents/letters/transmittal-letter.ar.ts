import { arabicList, arabicOrganizations } from './batch-letter.ar';
import { isolated } from './document-script';
import { AnnexPart, LetterText } from './letter-layout';
import { TransmittalLetterWords, TransmittedOrganization } from './transmittal-words';

const ARABIC_PLURAL = new Intl.PluralRules('ar');

/** الرسالة التي يوجه بها رئيس الجمعية العامة انتباه الجمعية إلى القائمة النهائية، بالعربية. */
export function transmittalLetterAr(w: TransmittalLetterWords): LetterText {
  const resolutions = w.resolutions.length
    ? `، وإلى ${w.resolutions.length > 1 ? 'قرارات' : 'قرار'} الجمعية العامة ${arabicList(w.resolutions)}`
    : '';
  return {
    heading: 'رئيس الجمعية العامة',
    date: w.date,
    salutation: 'صاحب السعادة،',
    paragraphs: [
      `يشرفني أن أشير إلى الاجتماع «${isolated(w.meetingTitle)}»${w.venue ? `، الذي سيعقد في ${isolated(w.venue)}` : ''}${resolutions}.`,
      w.listKind === 'ecosoc'
        ? `ويشرفني أن أوجه انتباه الجمعية العامة إلى قائمة ممثلي المنظمات غير الحكومية ذات المركز الاستشاري لدى المجلس الاقتصادي والاجتماعي الذين يجوز لهم المشاركة في الاجتماع (${isolated(w.listTitle)})، المرفقة بهذه الرسالة.`
        : `وعقب نظر الدول الأعضاء، على أساس عدم الاعتراض، في قائمة ممثلي المنظمات غير الحكومية ومنظمات المجتمع المدني والقطاع الخاص ووسائط الإعلام الذين أبدوا اهتمامهم بالمشاركة في الاجتماع، يشرفني أن أوجه انتباه الجمعية العامة إلى القائمة النهائية (${isolated(w.listTitle)})، المرفقة بهذه الرسالة.`,
      [approved(w.approved.length), outcome(w)].filter(Boolean).join(' '),
    ],
    closing: 'وتفضلوا، يا صاحب السعادة، بقبول فائق الاحترام والتقدير.',
    signatory: 'رئيس الجمعية العامة',
    addressees: ['جميع الممثلين الدائمين والمراقبين الدائمين', 'لدى الأمم المتحدة', 'نيويورك'],
    annex: {
      heading: 'المرفق',
      title: 'القائمة النهائية للمنظمات المعروضة على الجمعية العامة',
      subtitle: isolated(`${w.meetingTitle}: ${w.listTitle}`),
      parts: parts(w),
    },
    footer: { position: 'الموقع في السجل', page: 'الصفحة', of: 'من' },
  };
}

function approved(count: number): string {
  if (count === 0) return 'ولم تتم الموافقة على أي منظمة مدرجة في القائمة.';
  return `وقد تمت الموافقة على مشاركة ${arabicOrganizations(count)} في الاجتماع، وهي مدرجة في الجزء الأول من المرفق.`;
}

function outcome(w: TransmittalLetterWords): string {
  if (w.others.length === 0) return '';
  const decisions = w.objectedGoToGeneralAssembly
    ? ' ويبين الجزء الثاني أيضا مقررات الجمعية العامة بشأن مشاركة المنظمات التي أثيرت اعتراضات عليها.'
    : '';
  switch (w.disclosure) {
    case 'organizations-and-states':
      return `ويتضمن الجزء الثاني المنظمات التي أثيرت اعتراضات على مشاركتها، مع الدول الأعضاء التي اعترضت عليها.${decisions}`;
    case 'organizations':
      return `ويتضمن الجزء الثاني المنظمات التي أثيرت اعتراضات على مشاركتها، مع عدد الدول الأعضاء التي اعترضت عليها.${decisions}`;
    case 'none':
      return `ويتضمن الجزء الثاني المنظمات التي لم تتم الموافقة عليها.${decisions}`;
  }
}

function parts(w: TransmittalLetterWords): AnnexPart[] {
  const columns = ['الرقم', 'اسم المنظمة', 'البلد', 'ملاحظات'];
  const rows = (organizations: TransmittedOrganization[]) => organizations.map((o, i) => [String(i + 1), o.name, o.countryName, remark(o)]);
  const approvedPart: AnnexPart = { title: 'أولا - المنظمات التي تمت الموافقة عليها', columns, rows: rows(w.approved), empty: 'لا شيء.' };
  if (w.others.length === 0) return [approvedPart];
  const title =
    w.disclosure === 'none' ? 'ثانيا - المنظمات التي لم تتم الموافقة عليها' : 'ثانيا - المنظمات التي أثيرت اعتراضات على مشاركتها';
  return [approvedPart, { title, columns, rows: rows(w.others), empty: 'لا شيء.' }];
}

function remark(o: TransmittedOrganization): string {
  const decision = o.generalAssemblyDecision;
  if (decision) {
    const verb = decision.decision === 'approve' ? 'تمت الموافقة عليها' : 'لم تتم الموافقة عليها';
    return `${verb} بمقرر من الجمعية العامة (${decision.reference})`;
  }
  if (o.objectingStates) return `اعتراض من: ${arabicList(o.objectingStates)}`;
  if (o.objectionCount !== undefined) return objections(o.objectionCount);
  if (o.status === 'not-approved') return 'لم تتم الموافقة عليها';
  return '';
}

/** "اعتراض من دولة عضو واحدة"، "من دولتين عضوين"، "من 3 دول أعضاء"، "من 11 دولة عضوا". */
function objections(count: number): string {
  switch (ARABIC_PLURAL.select(count)) {
    case 'one':
      return 'اعتراض من دولة عضو واحدة';
    case 'two':
      return 'اعتراض من دولتين عضوين';
    case 'few':
      return `اعتراض من ${count} دول أعضاء`;
    default:
      return `اعتراض من ${count} دولة عضوا`;
  }
}
