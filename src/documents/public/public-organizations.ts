import type { EntryView, ListView } from '../../accreditation/accreditation.public';
import { countryName } from '../exports/countries';
import { Table } from '../exports/table';

export interface PublicOrganization {
  name: string;
  country: string;
  countryName: string;
  category: string;
  listId: string;
  status: string;
  objectingStates?: string[];
  objectionCount?: number;
}

/**
 * Shown to the public once a list is transmitted, as its list view shows them to an observer: approved,
 * and (by the meeting's disclosure) objected with the objecting States or their count, and rejected by the
 * General Assembly. Under disclosure "none" an objected entry reads "not-approved" there, and is not shown.
 */
const PUBLIC_STATUSES: ReadonlySet<string> = new Set(['approved', 'objected', 'rejected']);

export function publicOrganizations(lists: ListView[]): PublicOrganization[] {
  return lists
    .filter((list) => list.status === 'transmitted')
    .flatMap((list) => list.entries.filter((entry) => PUBLIC_STATUSES.has(entry.status)).map((entry) => organization(list.id, entry)));
}

function organization(listId: string, entry: EntryView): PublicOrganization {
  const { name, country, category } = entry.organization;
  return {
    name,
    country,
    countryName: countryName(country),
    category,
    listId,
    status: entry.status,
    ...(entry.objectingStates ? { objectingStates: [...entry.objectingStates] } : {}),
    ...(entry.objectionCount !== undefined ? { objectionCount: entry.objectionCount } : {}),
  };
}

export function organizationsTable(organizations: PublicOrganization[]): Table {
  const columns = ['name', 'country', 'countryName', 'category', 'listId', 'status', 'objectingStates', 'objectionCount'];
  const rows = organizations.map((o) => [
    o.name,
    o.country,
    o.countryName,
    o.category,
    o.listId,
    o.status,
    o.objectingStates?.join(' '),
    o.objectionCount,
  ]);
  return { title: 'Organizations', columns, rows };
}
