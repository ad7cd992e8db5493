import { LetterText } from './letter-layout';
import { BatchLetterWords } from './letter-words';

/** La carta del Presidente que presenta una serie a los representantes y observadores permanentes, en español. */
export function batchLetterEs(w: BatchLetterWords): LetterText {
  const resolutions = w.resolutions.length
    ? ` y a ${w.resolutions.length > 1 ? 'las resoluciones' : 'la resolución'} ${spanishList(w.resolutions)} de la Asamblea General`
    : '';
  return {
    heading: 'EL PRESIDENTE DE LA ASAMBLEA GENERAL',
    date: w.date,
    salutation: 'Excelencia:',
    paragraphs: [
      `Tengo el honor de referirme a la reunión «${w.meetingTitle}»${w.venue ? `, que se celebrará en ${w.venue}` : ''}${resolutions}.`,
      `De conformidad con las modalidades decididas por la Asamblea General, tengo el honor de presentar a los Estados Miembros, para su examen mediante el procedimiento de no objeción, la lista adjunta de ${organizations(w.count)} en participar en la reunión (${w.listTitle}, serie ${w.batch}).`,
      `Se ruega a los Estados Miembros que deseen objetar la participación de cualquiera de las organizaciones que figuran en la lista que lo comuniquen por escrito a mi Oficina a más tardar a ${w.deadline}. Se invitará a participar en la reunión a las organizaciones respecto de las cuales no se haya recibido ninguna objeción en ese plazo.`,
      'Si uno o más Estados Miembros así lo solicitan, se comunicarán a la Oficina del Presidente de la Asamblea General y al solicitante los motivos generales de cualquier objeción.',
    ],
    closing: 'Le ruego acepte, Excelencia, el testimonio de mi consideración más distinguida.',
    signatory: 'Presidente de la Asamblea General',
    addressees: ['A todos los Representantes Permanentes y Observadores Permanentes', 'ante las Naciones Unidas', 'Nueva York'],
    annex: {
      heading: 'Anexo',
      title: 'Lista de organizaciones presentada a los Estados Miembros mediante el procedimiento de no objeción',
      subtitle: `${w.meetingTitle}: ${w.listTitle}, serie ${w.batch}`,
      parts: [{ title: '', columns: ['N.º', 'Nombre de la organización', 'País'], rows: w.rows, empty: 'Ninguna organización.' }],
    },
    footer: { position: 'Posición en el registro', page: 'Página', of: 'de' },
  };
}

function organizations(count: number): string {
  const what =
    'representantes de organizaciones no gubernamentales, organizaciones de la sociedad civil, el sector privado y los medios de comunicación';
  return count === 1
    ? `una organización (${what}) que ha manifestado interés`
    : `${count} organizaciones (${what}) que han manifestado interés`;
}

/** «a», «a y b», «a, b y c». */
export function spanishList(items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`;
}
