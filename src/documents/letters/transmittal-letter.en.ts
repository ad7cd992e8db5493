import { AnnexPart, LetterText } from './letter-layout';
import { englishList } from './batch-letter.en';
import { TransmittalLetterWords, TransmittedOrganization } from './transmittal-words';

const WHO = 'representatives of non-governmental organizations, civil society organizations, the private sector and the media';

/** The PGA's letter bringing the final list to the attention of the General Assembly, in English. */
export function transmittalLetterEn(w: TransmittalLetterWords): LetterText {
  const resolutions = w.resolutions.length
    ? ` and to General Assembly ${w.resolutions.length > 1 ? 'resolutions' : 'resolution'} ${englishList(w.resolutions)}`
    : '';
  return {
    heading: 'THE PRESIDENT OF THE GENERAL ASSEMBLY',
    date: w.date,
    salutation: 'Excellency,',
    paragraphs: [
      `I have the honour to refer to the ${w.meetingTitle}${w.venue ? `, to be held at ${w.venue}` : ''}${resolutions}.`,
      w.listKind === 'ecosoc'
        ? `I have the honour to bring to the attention of the General Assembly the list of representatives of non-governmental organizations in consultative status with the Economic and Social Council who may participate in the meeting (${w.listTitle}), which is annexed to the present letter.`
        : `Following the consideration by Member States, on a non-objection basis, of the list of ${WHO} that expressed interest in participating in the meeting, I have the honour to bring to the attention of the General Assembly the final list (${w.listTitle}), which is annexed to the present letter.`,
      [participating(w.approved.length), outcome(w)].filter(Boolean).join(' '),
    ],
    closing: 'Please accept, Excellency, the assurances of my highest consideration.',
    signatory: 'President of the General Assembly',
    addressees: ['All Permanent Representatives and Permanent Observers', 'to the United Nations', 'New York'],
    annex: {
      heading: 'Annex',
      title: 'Final list of organizations brought to the attention of the General Assembly',
      subtitle: `${w.meetingTitle}: ${w.listTitle}`,
      parts: parts(w),
    },
    footer: { position: 'Position in the log', page: 'Page', of: 'of' },
  };
}

function participating(count: number): string {
  if (count === 0) return 'No organization on the list has been approved.';
  const many = count === 1 ? 'One organization has' : `${count} organizations have`;
  return `${many} been approved to participate in the meeting; they are listed in part I of the annex.`;
}

function outcome(w: TransmittalLetterWords): string {
  if (w.others.length === 0) return '';
  const decisions = w.objectedGoToGeneralAssembly
    ? ' The decisions of the General Assembly on the participation of organizations to which objections were raised are indicated.'
    : '';
  switch (w.disclosure) {
    case 'organizations-and-states':
      return `Part II lists the organizations to whose participation objections were raised, with the Member States that objected.${decisions}`;
    case 'organizations':
      return `Part II lists the organizations to whose participation objections were raised, with the number of Member States that objected.${decisions}`;
    case 'none':
      return `Part II lists the organizations that were not approved.${decisions}`;
  }
}

function parts(w: TransmittalLetterWords): AnnexPart[] {
  const columns = ['No.', 'Name of organization', 'Country', 'Remarks'];
  const rows = (organizations: TransmittedOrganization[]) => organizations.map((o, i) => [String(i + 1), o.name, o.countryName, remark(o)]);
  const approved: AnnexPart = { title: 'I. Organizations approved', columns, rows: rows(w.approved), empty: 'None.' };
  if (w.others.length === 0) return [approved];
  const title = w.disclosure === 'none' ? 'II. Organizations not approved' : 'II. Organizations to which objections were raised';
  return [approved, { title, columns, rows: rows(w.others), empty: 'None.' }];
}

function remark(o: TransmittedOrganization): string {
  const decision = o.generalAssemblyDecision;
  if (decision) {
    const verb = decision.decision === 'approve' ? 'Approved' : 'Not approved';
    return `${verb} by decision of the General Assembly (${decision.reference})`;
  }
  if (o.objectingStates) return `Objection by ${englishList(o.objectingStates)}`;
  if (o.objectionCount !== undefined) {
    return o.objectionCount === 1 ? 'Objection by one Member State' : `Objections by ${o.objectionCount} Member States`;
  }
  if (o.status === 'not-approved') return 'Not approved';
  return '';
}
