import { asOfAddress, engineQuery, pointOf, viewOf } from '../../console/src/pages/as-of/as-of-address';
import { itemWord, pathWords, valueWords, type Wording } from '../../console/src/pages/as-of/change-words';
import { diffViews, type Json } from '../../console/src/pages/as-of/view-diff';

const polaris = { id: 'e-2', organization: { name: 'Polaris Project', country: 'USA' }, status: 'under-consideration', batch: 1 };
const strada = { id: 'e-1', organization: { name: 'La Strada International', country: 'NLD' }, status: 'under-consideration', batch: 1 };
const russia = { state: 'RUS', onBehalfOf: [], reason: 'Not relevant', raisedAt: '2013-04-05T12:00:00.000Z' };
const list = (entries: Json[], batches: Json[] = [{ number: 1, status: 'open' }]): Json => ({
  id: 'other-ngos',
  status: 'open',
  batches,
  entries,
});
const steps = (path: Array<string | { id: string }>) => path.map((step) => (typeof step === 'string' ? step : `#${step.id}`));

describe('the As-of page: the difference between a view then and now (console/src/pages/as-of/view-diff)', () => {
  it('finds no difference between equal views, whatever the order of their fields', () => {
    expect(diffViews({ a: 1, b: [1, 2], c: { d: null } }, { c: { d: null }, b: [1, 2], a: 1 })).toEqual([]);
  });

  it('marks an objection raised since as added, under its entry, matched by id and not by place', () => {
    const then = list([
      { ...strada, objections: [] },
      { ...polaris, objections: [] },
    ]);
    const now = list([
      { ...polaris, objections: [russia] },
      { ...strada, objections: [] },
    ]);
    const changes = diffViews(then, now);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'added', to: russia });
    expect(steps(changes[0].path)).toEqual(['entries', '#e-2', 'objections', '#RUS']);
  });

  it('marks a field that took another value as changed, from then to now, and fields and items gone as removed', () => {
    const then = list([{ ...polaris, objections: [russia] }], [{ number: 1, status: 'open' }]);
    const now = list([{ ...polaris, status: 'objected' }], [{ number: 1, status: 'closed', closedAt: '2013-04-27T00:00:00.000Z' }]);
    const changes = diffViews(then, now).map((change) => ({ ...change, path: steps(change.path) }));
    expect(changes).toEqual([
      { kind: 'changed', path: ['batches', '#1', 'status'], from: 'open', to: 'closed' },
      { kind: 'added', path: ['batches', '#1', 'closedAt'], to: '2013-04-27T00:00:00.000Z' },
      { kind: 'changed', path: ['entries', '#e-2', 'status'], from: 'under-consideration', to: 'objected' },
      { kind: 'removed', path: ['entries', '#e-2', 'objections'], from: [russia] },
    ]);
  });

  it('adds and removes whole entries; a list of plain values or of items without one identity changes as a whole', () => {
    const changes = diffViews(list([strada]), list([polaris]));
    expect(changes.map((c) => [c.kind, steps(c.path)])).toEqual([
      ['removed', ['entries', '#e-1']],
      ['added', ['entries', '#e-2']],
    ]);
    expect(diffViews({ missingGroups: ['A', 'B'] }, { missingGroups: ['B'] })).toEqual([
      { kind: 'changed', path: ['missingGroups'], from: ['A', 'B'], to: ['B'] },
    ]);
    const twice = [{ regionalGroup: 'African Group', note: 'a' }];
    const again = [...twice, { regionalGroup: 'African Group', note: 'b' }];
    expect(diffViews({ consultations: twice }, { consultations: again })).toEqual([
      { kind: 'changed', path: ['consultations'], from: twice, to: again },
    ]);
  });

  it('sees a value that became null, or an empty list that filled, as changed', () => {
    expect(diffViews({ chair: { state: 'SWE' } }, { chair: null })).toEqual([
      { kind: 'changed', path: ['chair'], from: { state: 'SWE' }, to: null },
    ]);
    expect(diffViews({ panels: [] }, { panels: [{ id: 'p-1' }] })).toEqual([
      { kind: 'added', path: ['panels', { id: 'p-1', item: { id: 'p-1' } }], to: { id: 'p-1' } },
    ]);
  });
});

describe('the As-of page: changes in words (console/src/pages/as-of/change-words)', () => {
  const t = ((key: string, options?: { defaultValue?: string; number?: number }) =>
    key === 'asOf.batch' ? `Batch ${options?.number}` : (options?.defaultValue ?? key)) as unknown as Wording['t'];
  const wording: Wording = {
    t,
    language: 'en',
    timeZone: 'America/New_York',
    stateName: (code) => (code === 'RUS' ? 'Russian Federation' : code),
  };

  it('names items by their organization, State or number, and values on the meeting clock, States by name', () => {
    expect(pathWords(['entries', { id: 'e-2', item: polaris }, 'objections', { id: 'RUS', item: russia }], wording)).toBe(
      'entries › Polaris Project › objections › Russian Federation',
    );
    expect(itemWord({ number: 2, status: 'open' }, wording)).toBe('Batch 2');
    expect(valueWords('2013-04-05T12:00:00.000Z', 'raisedAt', wording)).toMatch(/5 April 2013.*08:00.*(EDT|GMT-4)/);
    expect(valueWords(['RUS', 'FRA'], 'onBehalfOf', wording)).toBe('Russian Federation, FRA');
    expect(valueWords('objected', 'status', wording)).toBe('objected');
    expect(valueWords([], 'objections', wording)).toBe('asOf.values.empty');
  });
});

describe('the As-of page: its address (console/src/pages/as-of/as-of-address)', () => {
  it('reads the view and the point from the query, a position before an instant, and refuses malformed ones', () => {
    expect(viewOf('list:other-ngos')).toEqual({ kind: 'list', listId: 'other-ngos' });
    expect(viewOf('panels')).toEqual({ kind: 'panels' });
    expect(viewOf(null)).toEqual({ kind: 'meeting' });
    expect(viewOf('list:')).toEqual({ kind: 'meeting' });
    expect(pointOf(new URLSearchParams('position=42&at=2013-04-05T12:00:00Z'))).toEqual({ position: '42' });
    expect(pointOf(new URLSearchParams('at=2013-04-05T08:00:00-04:00'))).toEqual({ at: '2013-04-05T12:00:00.000Z' });
    expect(pointOf(new URLSearchParams('position=4x'))).toBeUndefined();
    expect(pointOf(new URLSearchParams('at=yesterday'))).toBeUndefined();
    expect(pointOf(new URLSearchParams(''))).toBeUndefined();
  });

  it('writes the address and the engine query back', () => {
    expect(asOfAddress('trafficking-2013', { kind: 'list', listId: 'other-ngos' }, { position: '7' })).toBe(
      '/meetings/trafficking-2013/as-of?view=list%3Aother-ngos&position=7',
    );
    expect(engineQuery({ position: '7' })).toEqual({ asOfPosition: '7' });
    expect(engineQuery({ at: '2013-04-05T12:00:00.000Z' })).toEqual({ asOf: '2013-04-05T12:00:00.000Z' });
  });
});
