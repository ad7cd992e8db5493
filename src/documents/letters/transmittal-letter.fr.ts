import { AnnexPart, LetterText } from './letter-layout';
import { frenchList } from './batch-letter.fr';
import { TransmittalLetterWords, TransmittedOrganization } from './transmittal-words';

const QUI = 'représentants d’organisations non gouvernementales, d’organisations de la société civile, du secteur privé et des médias';

/** La lettre portant la liste définitive à l’attention de l’Assemblée générale, en français. */
export function transmittalLetterFr(w: TransmittalLetterWords): LetterText {
  const resolutions = w.resolutions.length
    ? ` et ${w.resolutions.length > 1 ? 'aux résolutions' : 'à la résolution'} ${frenchList(w.resolutions)} de l’Assemblée générale`
    : '';
  return {
    heading: 'LE PRÉSIDENT DE L’ASSEMBLÉE GÉNÉRALE',
    date: `Le ${w.date}`,
    salutation: 'Excellence,',
    paragraphs: [
      `J’ai l’honneur de me référer à la réunion «\u00a0${w.meetingTitle}\u00a0»${w.venue ? `, qui se tiendra à ${w.venue}` : ''}${resolutions}.`,
      w.listKind === 'ecosoc'
        ? `J’ai l’honneur de porter à l’attention de l’Assemblée générale la liste des représentants d’organisations non gouvernementales dotées du statut consultatif auprès du Conseil économique et social qui pourront participer à la réunion (${w.listTitle}), jointe à la présente lettre.`
        : `À l’issue de l’examen par les États Membres, selon la procédure d’approbation tacite, de la liste des ${QUI} qui ont fait part de leur souhait de participer à la réunion, j’ai l’honneur de porter à l’attention de l’Assemblée générale la liste définitive (${w.listTitle}), jointe à la présente lettre.`,
      [participants(w.approved.length), issue(w)].filter(Boolean).join(' '),
    ],
    closing: 'Veuillez agréer, Excellence, les assurances de ma très haute considération.',
    signatory: 'Le Président de l’Assemblée générale',
    addressees: [
      'Mesdames et Messieurs les Représentants permanents',
      'et Observateurs permanents auprès de l’Organisation des Nations Unies',
      'New York',
    ],
    annex: {
      heading: 'Annexe',
      title: 'Liste définitive des organisations portée à l’attention de l’Assemblée générale',
      subtitle: `${w.meetingTitle} : ${w.listTitle}`,
      parts: parts(w),
    },
    footer: { position: 'Position dans le journal', page: 'Page', of: 'sur' },
  };
}

function participants(count: number): string {
  if (count === 0) return 'Aucune organisation figurant sur la liste n’a été approuvée.';
  const combien = count === 1 ? 'Une organisation a été approuvée' : `${count} organisations ont été approuvées`;
  return `${combien} aux fins de participation à la réunion ; elles figurent dans la partie I de l’annexe.`;
}

function issue(w: TransmittalLetterWords): string {
  if (w.others.length === 0) return '';
  const decisions = w.objectedGoToGeneralAssembly
    ? ' Les décisions de l’Assemblée générale concernant la participation des organisations ayant fait l’objet d’objections y sont indiquées.'
    : '';
  switch (w.disclosure) {
    case 'organizations-and-states':
      return `La partie II énumère les organisations dont la participation a fait l’objet d’objections, ainsi que les États Membres qui les ont formulées.${decisions}`;
    case 'organizations':
      return `La partie II énumère les organisations dont la participation a fait l’objet d’objections, ainsi que le nombre d’États Membres qui les ont formulées.${decisions}`;
    case 'none':
      return `La partie II énumère les organisations qui n’ont pas été approuvées.${decisions}`;
  }
}

function parts(w: TransmittalLetterWords): AnnexPart[] {
  const columns = ['N°', 'Nom de l’organisation', 'Pays', 'Observations'];
  const rows = (organizations: TransmittedOrganization[]) =>
    organizations.map((o, i) => [String(i + 1), o.name, o.countryName, observation(o)]);
  const approved: AnnexPart = { title: 'I. Organisations approuvées', columns, rows: rows(w.approved), empty: 'Néant.' };
  if (w.others.length === 0) return [approved];
  const title = w.disclosure === 'none' ? 'II. Organisations non approuvées' : 'II. Organisations ayant fait l’objet d’objections';
  return [approved, { title, columns, rows: rows(w.others), empty: 'Néant.' }];
}

function observation(o: TransmittedOrganization): string {
  const decision = o.generalAssemblyDecision;
  if (decision) {
    const verbe = decision.decision === 'approve' ? 'Approuvée' : 'Non approuvée';
    return `${verbe} par décision de l’Assemblée générale (${decision.reference})`;
  }
  if (o.objectingStates) return `Objection de : ${frenchList(o.objectingStates)}`;
  if (o.objectionCount !== undefined) {
    return o.objectionCount === 1 ? 'Objection d’un État Membre' : `Objections de ${o.objectionCount} États Membres`;
  }
  if (o.status === 'not-approved') return 'Non approuvée';
  return '';
}
