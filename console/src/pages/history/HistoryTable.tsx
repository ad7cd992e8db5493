import { Anchor } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEvent } from '../../api/history-queries';
import { eventLabel } from '../../format/event-labels';
import { useStateNames } from '../../format/state-names';
import { useNow } from '../../hooks';
import { shownTime, useMeetingZones, type TimeMode } from './event-time';
import { actorText, commandOf } from './event-text';
import type { HistoryRow as AnyHistoryRow } from './history-rows';

type HistoryRow = AnyHistoryRow<AuditEvent>;

const ROW_HEIGHT = 40;
/** Rows from the end at which the next page is asked for. */
const PREFETCH = 30;

interface Props {
  rows: HistoryRow[];
  events: AuditEvent[];
  timeMode: TimeMode;
  hasMore: boolean;
  loadMore: () => void;
}

/**
 * The History, virtualized (only the rows in view are in the page: 10,000 events scroll smoothly) and still a
 * table to assistive technology: role=table with aria-rowcount, each row its aria-rowindex. Each event's type is a
 * link to its page; a command's events sit under a heading row. The next page is read as the end comes near.
 */
export function HistoryTable({ rows, events, timeMode, hasMore, loadMore }: Props) {
  const { t } = useTranslation();
  const stateName = useStateNames();
  const zoneOf = useMeetingZones();
  const now = useNow();
  const shown = useMemo<Shown>(() => ({ stateName, zoneOf, now, timeMode }), [stateName, zoneOf, now, timeMode]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 15,
    // Until it measures the scroller (after the first render), the virtualizer would render no row at all: the
    // window's height bounds the scroller's (65vh), so the first render already shows the first rows.
    initialRect: { width: 0, height: window.innerHeight },
  });
  const items = virtualizer.getVirtualItems();
  const lastShown = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (hasMore && lastShown >= rows.length - PREFETCH) loadMore();
  }, [hasMore, lastShown, rows.length, loadMore]);

  return (
    <div className="no-history-scroll" ref={scroller} data-testid="history-scroll">
      <div
        role="table"
        aria-label={t('history.table.label', { count: events.length })}
        aria-rowcount={rows.length + 1}
        className="no-history-grid"
      >
        <div role="rowgroup" className="no-history-head">
          <div role="row" aria-rowindex={1} className="no-history-row">
            {(['time', 'event', 'stream', 'actor', 'correlation'] as const).map((column) => (
              <div role="columnheader" key={column}>
                {t(`history.table.columns.${column}`)}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className="no-history-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => (
            <Row key={rows[item.index].key} row={rows[item.index]} rowIndex={item.index + 2} top={item.start} shown={shown} />
          ))}
        </div>
      </div>
    </div>
  );
}

/** What every row reads the same way: read once for the table, not once per row. */
interface Shown {
  stateName: (code: string) => string;
  zoneOf: (streamId: string) => string;
  now: Date;
  timeMode: TimeMode;
}

/** Memoized: while the list scrolls, the rows already in view keep their props and are not rendered again. */
const Row = memo(function Row({ row, rowIndex, top, shown }: { row: HistoryRow; rowIndex: number; top: number; shown: Shown }) {
  const { t, i18n } = useTranslation();
  const { stateName, zoneOf, now, timeMode } = shown;
  const style = { transform: `translateY(${top}px)` };
  if (row.kind === 'command') {
    // The command's first event records it: in the newest-first order it is the group's last.
    const first = row.events.find((event) => commandOf(event) !== undefined) ?? row.events[0];
    const command = commandOf(first);
    const count = row.events.length;
    return (
      <div role="row" aria-rowindex={rowIndex} className="no-history-row no-history-command" style={style}>
        <div role="cell" className="no-history-command-cell">
          {command
            ? t('history.table.command', { command, actor: actorText(first.metadata.actor, t, stateName), count })
            : t('history.table.engineWork', { count })}
        </div>
      </div>
    );
  }
  const { event } = row;
  const at = event.recordedAt;
  const zone = zoneOf(event.streamId);
  return (
    <div role="row" aria-rowindex={rowIndex} className={row.grouped ? 'no-history-row no-history-grouped' : 'no-history-row'} style={style}>
      <div role="cell" className="no-instant">
        <time dateTime={at} title={shownTime(at, 'utc', zone, now, i18n.language)}>
          {shownTime(at, timeMode, zone, now, i18n.language)}
        </time>
      </div>
      <div role="cell">
        <Anchor component={Link} to={`/history/${event.position}`} size="sm">
          {eventLabel(event.type, t)}
        </Anchor>
      </div>
      <div role="cell" title={event.streamId}>
        {event.streamId}
      </div>
      <div role="cell">{actorText(event.metadata.actor, t, stateName)}</div>
      <div role="cell" title={event.metadata.correlationId}>
        {event.metadata.correlationId}
      </div>
    </div>
  );
});
