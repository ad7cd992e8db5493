import { LetterText } from './letter-layout';
import { BatchLetterWords } from './letter-words';

/** La lettre du Président soumettant une série aux représentants et observateurs permanents, en français. */
export function batchLetterFr(w: BatchLetterWords): LetterText {
  const resolutions = w.resolutions.length
    ? ` et ${w.resolutions.length > 1 ? 'aux résolutions' : 'à la résolution'} ${frenchList(w.resolutions)} de l’Assemblée générale`
    : '';
  return {
    heading: 'LE PRÉSIDENT DE L’ASSEMBLÉE GÉNÉRALE',
    date: `Le ${w.date}`,
    salutation: 'Excellence,',
    paragraphs: [
      `J’ai l’honneur de me référer à la réunion «\u00a0${w.meetingTitle}\u00a0»${w.venue ? `, qui se tiendra à ${w.venue}` : ''}${resolutions}.`,
      `Conformément aux modalités arrêtées par l’Assemblée générale, j’ai l’honneur de soumettre aux États Membres, pour examen selon la procédure d’approbation tacite, la liste ci-jointe ${organizations(w.count)} qui ont fait part de leur souhait de participer à la réunion (${w.listTitle}, série ${w.batch}).`,
      `Les États Membres qui souhaiteraient s’opposer à la participation de l’une ou l’autre des organisations figurant sur la liste sont priés d’en informer mon Cabinet par écrit au plus tard à ${w.deadline}. Les organisations à l’égard desquelles aucune objection n’aura été reçue à cette date seront invitées à participer à la réunion.`,
      'Les motifs généraux de toute objection seront, à la demande d’un ou de plusieurs États Membres, communiqués au Bureau du Président de l’Assemblée générale et à l’État qui en a fait la demande.',
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
      title: 'Liste des organisations soumises aux États Membres selon la procédure d’approbation tacite',
      subtitle: `${w.meetingTitle} : ${w.listTitle}, série ${w.batch}`,
      parts: [{ title: '', columns: ['N°', 'Nom de l’organisation', 'Pays'], rows: w.rows, empty: 'Aucune organisation.' }],
    },
    footer: { position: 'Position dans le journal', page: 'Page', of: 'sur' },
  };
}

function organizations(count: number): string {
  const what = 'représentants d’organisations non gouvernementales, d’organisations de la société civile, du secteur privé et des médias';
  return count === 1 ? `d’une organisation (${what})` : `de ${count} organisations (${what})`;
}

/** « a », « a et b », « a, b et c ». */
export function frenchList(items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}
