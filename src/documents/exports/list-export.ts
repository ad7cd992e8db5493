import type { EntryView, ListView } from '../../accreditation/accreditation.public';
import { regionalGroupOf } from '../../kernel/reference/reference-data';
import { countryName } from './countries';
import { Cell, Table } from './table';

/** The columns every caller gets (contract 1.1: the import's column names where they are the same). */
const BASE_COLUMNS = ['name', 'country', 'countryName', 'regionalGroup', 'category', 'ecosocStatus', 'status', 'batch', 'deadline'];

interface OptionalColumn {
  name: string;
  value(entry: EntryView): Cell;
}

/**
 * The objection columns, each read from the caller's list view: a column appears when the view gives
 * at least one entry that field, so the export holds what the caller's list view holds, no more.
 */
const OBJECTION_COLUMNS: OptionalColumn[] = [
  // Personal data: only the pga's and the auditor's views carry it, opened (`[erased]` once erased).
  { name: 'contactEmail', value: (entry) => entry.organization.contactEmail },
  { name: 'objections', value: (entry) => entry.objections?.map(describeObjection).join('\n') },
  {
    name: 'objectionsOnMyBehalf',
    value: (entry) => entry.objectionsOnMyBehalf?.map(({ state, raisedAt }) => `${state} (${raisedAt})`).join('\n'),
  },
  { name: 'objectingStates', value: (entry) => entry.objectingStates?.join(' ') },
  { name: 'objectionCount', value: (entry) => entry.objectionCount },
  { name: 'generalAssemblyDecision', value: (entry) => entry.generalAssemblyDecision?.decision },
  { name: 'generalAssemblyReference', value: (entry) => entry.generalAssemblyDecision?.reference },
];

function describeObjection(objection: NonNullable<EntryView['objections']>[number]): string {
  const also = objection.onBehalfOf.length ? ` on behalf of ${objection.onBehalfOf.join(' ')}` : '';
  const reason = objection.reason ? `: ${objection.reason}` : '';
  return `${objection.state}${also} (${objection.raisedAt})${reason}`;
}

/** One row per entry of the caller's list view, in the view's order. */
export function listTable(list: ListView): Table {
  const deadlines = new Map(list.batches.map((batch) => [batch.number, batch.deadline]));
  const shown = OBJECTION_COLUMNS.filter((column) => list.entries.some((entry) => column.value(entry) !== undefined));
  const rows = list.entries.map((entry) => {
    const { name, country, category, ecosocStatus } = entry.organization;
    const base: Cell[] = [
      name,
      country,
      countryName(country),
      regionalGroupOf(country),
      category,
      ecosocStatus,
      entry.status,
      entry.batch,
      entry.batch === undefined ? undefined : deadlines.get(entry.batch),
    ];
    return [...base, ...shown.map((column) => column.value(entry))];
  });
  return { title: list.title, columns: [...BASE_COLUMNS, ...shown.map((column) => column.name)], rows };
}
