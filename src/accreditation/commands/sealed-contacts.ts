import { PersonalDataVault } from '../../platform/personal-data/personal-data-vault';
import { ListCommand } from '../domain/list.commands';

/**
 * A proposal with each contact e-mail sealed under a new data subject of its own (the entry's contact), before
 * the decider sees the command: the event and the command the executor copies into its metadata both hold
 * the envelope, never the address. The subjects' keys are durable when this returns.
 */
export async function sealedContacts(
  command: ListCommand,
  vault: PersonalDataVault,
): Promise<{ command: ListCommand; subjectIds: string[] }> {
  if (command.kind !== 'ProposeEntries') return { command, subjectIds: [] };
  const contacts = command.organizations.flatMap((organization, row) =>
    organization.contactEmail ? [{ row, value: organization.contactEmail, reference: command.entryIds[row] }] : [],
  );
  const sealed = await vault.sealAll(
    contacts.map(({ value, reference }) => ({ kind: 'entry-contact', reference, meetingId: command.meetingId, value, findable: true })),
  );
  const envelopes = new Map(contacts.map(({ row }, i) => [row, sealed[i].envelope]));
  const organizations = command.organizations.map((organization, row) =>
    envelopes.has(row) ? { ...organization, contactEmail: envelopes.get(row) } : organization,
  );
  return { command: { ...command, organizations }, subjectIds: sealed.map((s) => s.subjectId) };
}
