import { AnnexPart, LetterText } from './letter-layout';
import { spanishList } from './batch-letter.es';
import { TransmittalLetterWords, TransmittedOrganization } from './transmittal-words';

const QUIENES =
  'representantes de organizaciones no gubernamentales, organizaciones de la sociedad civil, el sector privado y los medios de comunicación';

/** La carta que señala la lista definitiva a la atención de la Asamblea General, en español. */
export function transmittalLetterEs(w: TransmittalLetterWords): LetterText {
  const resolutions = w.resolutions.length
    ? ` y a ${w.resolutions.length > 1 ? 'las resoluciones' : 'la resolución'} ${spanishList(w.resolutions)} de la Asamblea General`
    : '';
  return {
    heading: 'EL PRESIDENTE DE LA ASAMBLEA GENERAL',
    date: w.date,
    salutation: 'Excelencia:',
    paragraphs: [
      `Tengo el honor de referirme a la reunión «${w.meetingTitle}»${w.venue ? `, que se celebrará en ${w.venue}` : ''}${resolutions}.`,
      w.listKind === 'ecosoc'
        ? `Tengo el honor de señalar a la atención de la Asamblea General la lista de representantes de organizaciones no gubernamentales reconocidas como entidades consultivas por el Consejo Económico y Social que podrán participar en la reunión (${w.listTitle}), que figura en el anexo de la presente carta.`
        : `Tras el examen por los Estados Miembros, mediante el procedimiento de no objeción, de la lista de ${QUIENES} que manifestaron interés en participar en la reunión, tengo el honor de señalar a la atención de la Asamblea General la lista definitiva (${w.listTitle}), que figura en el anexo de la presente carta.`,
      [participating(w.approved.length), outcome(w)].filter(Boolean).join(' '),
    ],
    closing: 'Le ruego acepte, Excelencia, el testimonio de mi consideración más distinguida.',
    signatory: 'Presidente de la Asamblea General',
    addressees: ['A todos los Representantes Permanentes y Observadores Permanentes', 'ante las Naciones Unidas', 'Nueva York'],
    annex: {
      heading: 'Anexo',
      title: 'Lista definitiva de organizaciones señalada a la atención de la Asamblea General',
      subtitle: `${w.meetingTitle}: ${w.listTitle}`,
      parts: parts(w),
    },
    footer: { position: 'Posición en el registro', page: 'Página', of: 'de' },
  };
}

function participating(count: number): string {
  if (count === 0) return 'No se ha aprobado ninguna organización de la lista.';
  if (count === 1) return 'Se ha aprobado la participación de una organización en la reunión, que figura en la parte I del anexo.';
  return `Se ha aprobado la participación de ${count} organizaciones en la reunión, que figuran en la parte I del anexo.`;
}

function outcome(w: TransmittalLetterWords): string {
  if (w.others.length === 0) return '';
  const decisions = w.objectedGoToGeneralAssembly
    ? ' Se indican las decisiones de la Asamblea General sobre la participación de las organizaciones respecto de las cuales se formularon objeciones.'
    : '';
  switch (w.disclosure) {
    case 'organizations-and-states':
      return `En la parte II figuran las organizaciones a cuya participación se formularon objeciones, junto con los Estados Miembros que las formularon.${decisions}`;
    case 'organizations':
      return `En la parte II figuran las organizaciones a cuya participación se formularon objeciones, junto con el número de Estados Miembros que las formularon.${decisions}`;
    case 'none':
      return `En la parte II figuran las organizaciones que no fueron aprobadas.${decisions}`;
  }
}

function parts(w: TransmittalLetterWords): AnnexPart[] {
  const columns = ['N.º', 'Nombre de la organización', 'País', 'Observaciones'];
  const rows = (organizations: TransmittedOrganization[]) => organizations.map((o, i) => [String(i + 1), o.name, o.countryName, remark(o)]);
  const approved: AnnexPart = { title: 'I. Organizaciones aprobadas', columns, rows: rows(w.approved), empty: 'Ninguna.' };
  if (w.others.length === 0) return [approved];
  const title =
    w.disclosure === 'none' ? 'II. Organizaciones no aprobadas' : 'II. Organizaciones a cuya participación se formularon objeciones';
  return [approved, { title, columns, rows: rows(w.others), empty: 'Ninguna.' }];
}

function remark(o: TransmittedOrganization): string {
  const decision = o.generalAssemblyDecision;
  if (decision) {
    const verb = decision.decision === 'approve' ? 'Aprobada' : 'No aprobada';
    return `${verb} por decisión de la Asamblea General (${decision.reference})`;
  }
  if (o.objectingStates) return `Objeción de ${spanishList(o.objectingStates)}`;
  if (o.objectionCount !== undefined) {
    return o.objectionCount === 1 ? 'Objeción de un Estado Miembro' : `Objeciones de ${o.objectionCount} Estados Miembros`;
  }
  if (o.status === 'not-approved') return 'No aprobada';
  return '';
}
