import { AnnexPart, LetterText } from './letter-layout';
import { russianList } from './batch-letter.ru';
import { TransmittalLetterWords, TransmittedOrganization } from './transmittal-words';

const RUSSIAN_PLURAL = new Intl.PluralRules('ru');
const КОГО =
  'представителей неправительственных организаций, организаций гражданского общества, частного сектора и средств массовой информации';

/** Письмо, препровождающее окончательный список Генеральной Ассамблее для сведения, на русском языке. */
export function transmittalLetterRu(w: TransmittalLetterWords): LetterText {
  const resolutions = w.resolutions.length
    ? ` и на ${w.resolutions.length > 1 ? 'резолюции' : 'резолюцию'} ${russianList(w.resolutions)} Генеральной Ассамблеи`
    : '';
  return {
    heading: 'ПРЕДСЕДАТЕЛЬ ГЕНЕРАЛЬНОЙ АССАМБЛЕИ',
    date: w.date,
    salutation: 'Ваше Превосходительство!',
    paragraphs: [
      `Имею честь сослаться на совещание «${w.meetingTitle}»${w.venue ? ` (место проведения: ${w.venue})` : ''}${resolutions}.`,
      w.listKind === 'ecosoc'
        ? `Имею честь довести до сведения Генеральной Ассамблеи прилагаемый к настоящему письму список представителей неправительственных организаций, имеющих консультативный статус при Экономическом и Социальном Совете, которые могут участвовать в совещании (${w.listTitle}).`
        : `По итогам рассмотрения государствами-членами на основе отсутствия возражений списка ${КОГО}, выразивших заинтересованность в участии в совещании, имею честь довести до сведения Генеральной Ассамблеи прилагаемый к настоящему письму окончательный список (${w.listTitle}).`,
      [approved(w.approved.length), outcome(w)].filter(Boolean).join(' '),
    ],
    closing: 'Примите, Ваше Превосходительство, заверения в моем самом высоком уважении.',
    signatory: 'Председатель Генеральной Ассамблеи',
    addressees: ['Всем постоянным представителям и постоянным наблюдателям', 'при Организации Объединенных Наций', 'Нью-Йорк'],
    annex: {
      heading: 'Приложение',
      title: 'Окончательный список организаций, доводимый до сведения Генеральной Ассамблеи',
      subtitle: `${w.meetingTitle}: ${w.listTitle}`,
      parts: parts(w),
    },
    footer: { position: 'Позиция в журнале', page: 'Стр.', of: 'из' },
  };
}

/** "1 (21) организация была утверждена", "2 (3, 4) организации были утверждены", "5 (11) организаций были утверждены". */
function approved(count: number): string {
  if (count === 0) return 'Ни одна из включенных в список организаций не была утверждена.';
  const end = 'для участия в совещании и указаны в части I приложения.';
  switch (RUSSIAN_PLURAL.select(count)) {
    case 'one':
      return `${count} организация была утверждена для участия в совещании и указана в части I приложения.`;
    case 'few':
      return `${count} организации были утверждены ${end}`;
    default:
      return `${count} организаций были утверждены ${end}`;
  }
}

function outcome(w: TransmittalLetterWords): string {
  if (w.others.length === 0) return '';
  const decisions = w.objectedGoToGeneralAssembly
    ? ' В ней также указаны решения Генеральной Ассамблеи об участии организаций, против которых были выдвинуты возражения.'
    : '';
  switch (w.disclosure) {
    case 'organizations-and-states':
      return `В части II перечислены организации, против участия которых были выдвинуты возражения, с указанием выдвинувших их государств-членов.${decisions}`;
    case 'organizations':
      return `В части II перечислены организации, против участия которых были выдвинуты возражения, с указанием числа выдвинувших их государств-членов.${decisions}`;
    case 'none':
      return `В части II перечислены организации, которые не были утверждены.${decisions}`;
  }
}

function parts(w: TransmittalLetterWords): AnnexPart[] {
  const columns = ['№', 'Название организации', 'Страна', 'Примечания'];
  const rows = (organizations: TransmittedOrganization[]) => organizations.map((o, i) => [String(i + 1), o.name, o.countryName, remark(o)]);
  const approvedPart: AnnexPart = { title: 'I. Утвержденные организации', columns, rows: rows(w.approved), empty: 'Нет.' };
  if (w.others.length === 0) return [approvedPart];
  const title =
    w.disclosure === 'none' ? 'II. Неутвержденные организации' : 'II. Организации, против участия которых были выдвинуты возражения';
  return [approvedPart, { title, columns, rows: rows(w.others), empty: 'Нет.' }];
}

function remark(o: TransmittedOrganization): string {
  const decision = o.generalAssemblyDecision;
  if (decision) {
    const verb = decision.decision === 'approve' ? 'Утверждена' : 'Не утверждена';
    return `${verb} решением Генеральной Ассамблеи (${decision.reference})`;
  }
  if (o.objectingStates) return `Возражение: ${russianList(o.objectingStates)}`;
  if (o.objectionCount !== undefined) return objections(o.objectionCount);
  if (o.status === 'not-approved') return 'Не утверждена';
  return '';
}

/** "Возражение одного государства-члена", "Возражения 21 государства-члена", "Возражения 2 (5) государств-членов". */
function objections(count: number): string {
  if (count === 1) return 'Возражение одного государства-члена';
  return RUSSIAN_PLURAL.select(count) === 'one' ? `Возражения ${count} государства-члена` : `Возражения ${count} государств-членов`;
}
