import { Injectable } from '@nestjs/common';
import { ContactsOnRecord, ContactQuery, StoredContact } from '../../accreditation/accreditation.public';
import { ApiError } from '../../platform/http/api-error';
import { isEnvelope } from '../../platform/personal-data/envelope';
import { SubjectRecord } from '../../platform/personal-data/personal-data-keys';
import { PersonalDataVault } from '../../platform/personal-data/personal-data-vault';
import { ErasureRequest } from '../domain/erasure.events';

/** Whose personal data a request names, as the HTTP body gives it. */
export type ErasureSubject = { email: string } | { entryId: string } | { representativeId: string } | { delegation: { state: string } };

/** What an erasure will erase (subjects with a key) and what it cannot (entries stored in the clear). */
export interface FoundSubjects {
  request: ErasureRequest;
  subjects: SubjectRecord[];
  notErasable: StoredContact[];
}

/** Finds a request's subjects: in the key store (by HMAC of the address, or by reference), and the entries holding their contact in the clear. */
@Injectable()
export class ErasureSubjects {
  constructor(
    private readonly vault: PersonalDataVault,
    private readonly contacts: ContactsOnRecord,
  ) {}

  async find(subject: ErasureSubject): Promise<FoundSubjects> {
    if ('email' in subject) {
      const subjects = await this.vault.findByEmail(subject.email);
      return { request: { by: 'email' }, subjects, notErasable: this.inTheClear({ email: subject.email }) };
    }
    if ('entryId' in subject) {
      if (!this.contacts.hasEntry(subject.entryId)) throw new ApiError('NOT_FOUND', `No list has an entry "${subject.entryId}".`);
      const subjects = await this.vault.find({ kind: 'entry-contact', reference: subject.entryId });
      return { request: { by: 'entry', entryId: subject.entryId }, subjects, notErasable: this.inTheClear({ entryId: subject.entryId }) };
    }
    // Representatives and delegations are subjects from issue 25 on; until then none is found.
    if ('representativeId' in subject) {
      const subjects = await this.vault.find({ kind: 'representative', reference: subject.representativeId });
      return { request: { by: 'representative', representativeId: subject.representativeId }, subjects, notErasable: [] };
    }
    const subjects = await this.vault.find({ kind: 'delegation', reference: subject.delegation.state });
    return { request: { by: 'delegation', state: subject.delegation.state }, subjects, notErasable: [] };
  }

  /** A meeting's subjects, and its entries stored in the clear, for the retention. */
  async ofMeeting(meetingId: string): Promise<Omit<FoundSubjects, 'request'>> {
    return { subjects: await this.vault.find({ meetingId }), notErasable: this.inTheClear({ meetingId }) };
  }

  private inTheClear(query: ContactQuery): StoredContact[] {
    return this.contacts.find(query).filter((contact) => !isEnvelope(contact.contactEmail));
  }
}
