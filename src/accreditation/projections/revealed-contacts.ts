import { PersonalDataVault } from '../../platform/personal-data/personal-data-vault';
import { ListView } from './list.view';

/**
 * The list view with each contact e-mail opened: the views keep the envelopes the log holds, so an erasure
 * needs no rebuild, and a destroyed key reads `[erased]` at once, in every process. The view only carries
 * contact e-mails for readers who may see them (list-visibility.ts).
 */
export async function withContactsRevealed(view: ListView, vault: PersonalDataVault): Promise<ListView> {
  const revealed = await vault.revealAll(view.entries.map((entry) => entry.organization.contactEmail));
  if (revealed.size === 0) return view;
  const entries = view.entries.map((entry) => {
    const clear = entry.organization.contactEmail && revealed.get(entry.organization.contactEmail);
    return clear ? { ...entry, organization: { ...entry.organization, contactEmail: clear } } : entry;
  });
  return { ...view, entries };
}
