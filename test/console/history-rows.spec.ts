import { historyRows } from '../../console/src/pages/history/history-rows';
import { filtersOf, historyLink, searchOf } from '../../console/src/pages/history/history-url';

const event = (position: string, causationId: string) => ({ position, metadata: { causationId } });

describe('the History (console/src/pages/history)', () => {
  it('gathers consecutive events of one cause under a heading; a lone event is a row of its own', () => {
    const rows = historyRows([event('5', 'b'), event('4', 'b'), event('3', 'a'), event('2', 'c'), event('1', 'c')]);
    expect(
      rows.map((row) =>
        row.kind === 'command' ? `command of ${row.events.length}` : `${row.event.position}${row.grouped ? ' in it' : ''}`,
      ),
    ).toEqual(['command of 2', '5 in it', '4 in it', '3', 'command of 2', '2 in it', '1 in it']);
  });

  it('keeps the filters in the address with the API’s names, and reads them back', () => {
    const filters = {
      meetingId: 'trafficking-2013',
      type: ['EntryObjected', 'BatchClosed'],
      actorRole: 'pga' as const,
      order: 'asc' as const,
    };
    const search = searchOf(filters);
    expect(search.toString()).toBe('meetingId=trafficking-2013&actorRole=pga&type=EntryObjected&type=BatchClosed&order=asc');
    expect(filtersOf(search)).toEqual(filters);
    expect(filtersOf(new URLSearchParams('actorRole=king&order=sideways'))).toEqual({ type: [], order: 'desc' });
    expect(historyLink({ correlationId: 'c-1' })).toBe('/history?correlationId=c-1');
  });
});
