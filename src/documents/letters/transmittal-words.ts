import { EntryView } from '../../accreditation/accreditation.public';
import { CommonWords } from './letter-words';

export type Disclosure = 'none' | 'organizations' | 'organizations-and-states';

/** One organization of the transmittal letter's annex, with the outcome the disclosure policy lets it show. */
export interface TransmittedOrganization {
  name: string;
  countryName: string;
  status: EntryView['status'];
  /** Names of the objecting States, in the letter's language (disclosure "organizations-and-states"). */
  objectingStates?: string[];
  /** How many States objected (disclosure "organizations"). */
  objectionCount?: number;
  generalAssemblyDecision?: { decision: 'approve' | 'reject'; reference: string };
}

export interface TransmittalLetterWords extends CommonWords {
  listKind: 'ecosoc' | 'non-objection';
  disclosure: Disclosure;
  objectedGoToGeneralAssembly: boolean;
  approved: TransmittedOrganization[];
  others: TransmittedOrganization[];
}
