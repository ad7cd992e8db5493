import { Checkbox, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { groupKey, SORT_KEYS, type EntryRow, type Sort, type SortKey } from './entry-rows';

const ROW_HEIGHT = 36;

interface EntriesTableProps {
  rows: EntryRow[];
  sort: Sort | undefined;
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  onOpen: (row: EntryRow) => void;
}

/**
 * The entries, virtualized (only the rows in view are in the page, so 1,000 and more stay fast) but still a
 * table to assistive technology: role=table with aria-rowcount, each row its aria-rowindex, sortable column
 * headers with aria-sort. The header stays in view while the body scrolls.
 */
export function EntriesTable({ rows, sort, onSort, selected, onSelect, onOpen }: EntriesTableProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const ids = rows.map((row) => row.entry.id);
  const selectedShown = ids.filter((id) => selected.has(id)).length;

  return (
    <div className="no-grid-scroll" ref={scroller} tabIndex={-1}>
      <div role="table" aria-label={t('list.table.label')} aria-rowcount={rows.length + 1} className="no-grid">
        <div role="rowgroup" className="no-grid-head">
          <div role="row" aria-rowindex={1} className="no-grid-row">
            <div role="columnheader" className="no-grid-check">
              <Checkbox
                size="xs"
                aria-label={t('list.table.selectAll', { count: rows.length })}
                checked={rows.length > 0 && selectedShown === rows.length}
                indeterminate={selectedShown > 0 && selectedShown < rows.length}
                onChange={(event) => onSelect(ids, event.currentTarget.checked)}
                disabled={rows.length === 0}
              />
            </div>
            {SORT_KEYS.map((key) => (
              <SortHeader key={key} column={key} sort={sort} onSort={onSort} />
            ))}
          </div>
        </div>
        <div role="rowgroup" className="no-grid-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return (
              <EntryTableRow
                key={row.entry.id}
                row={row}
                rowIndex={item.index + 2}
                top={item.start}
                checked={selected.has(row.entry.id)}
                onCheck={(on) => onSelect([row.entry.id], on)}
                onOpen={() => onOpen(row)}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

function SortHeader({ column, sort, onSort }: { column: SortKey; sort: Sort | undefined; onSort: (key: SortKey) => void }) {
  const { t } = useTranslation();
  const direction = sort?.key === column ? sort.direction : undefined;
  const numeric = column === 'batch' || column === 'objections';
  return (
    <div role="columnheader" aria-sort={direction ?? 'none'} className={numeric ? 'no-grid-numeric' : undefined}>
      <UnstyledButton className="no-sort-button" onClick={() => onSort(column)}>
        {t(`list.table.columns.${column}`)}
        <span aria-hidden="true" className="no-sort-mark">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </UnstyledButton>
    </div>
  );
}

interface EntryTableRowProps {
  row: EntryRow;
  rowIndex: number;
  top: number;
  checked: boolean;
  onCheck: (on: boolean) => void;
  onOpen: () => void;
}

function EntryTableRow({ row, rowIndex, top, checked, onCheck, onOpen }: EntryTableRowProps) {
  const { t } = useTranslation();
  const { entry } = row;
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      className={checked ? 'no-grid-row no-grid-row-selected' : 'no-grid-row'}
      style={{ transform: `translateY(${top}px)` }}
    >
      <div role="cell" className="no-grid-check">
        <Checkbox
          size="xs"
          aria-label={t('list.table.select', { name: entry.organization.name })}
          checked={checked}
          onChange={(event) => onCheck(event.currentTarget.checked)}
        />
      </div>
      <div role="cell">
        <UnstyledButton className="no-entry-name" onClick={onOpen}>
          {entry.organization.name}
        </UnstyledButton>
      </div>
      <div role="cell" title={row.countryName}>
        {row.countryName}
      </div>
      <div role="cell" title={t(`list.groups.${groupKey(row.regionalGroup)}`)}>
        {t(`list.groups.${groupKey(row.regionalGroup)}`)}
      </div>
      <div role="cell" title={t(`list.categories.${entry.organization.category}`)}>
        {t(`list.categories.${entry.organization.category}`)}
      </div>
      <div role="cell">
        <span className={`no-status no-status-${entry.status}`}>{t(`list.statuses.${entry.status}`)}</span>
      </div>
      <div role="cell" className="no-grid-numeric">
        {entry.batch ?? ''}
      </div>
      <div role="cell" className="no-grid-numeric">
        {row.objections > 0 ? row.objections : ''}
      </div>
    </div>
  );
}
