import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import { expectRefusal, stateOf } from '../support/unchanged';

const DEADLINE = '2013-04-26T18:00:00-04:00';

describe('HTTP: countries, names and free text', () => {
  let t: TestApp;
  let p: ReturnType<typeof procedure>;
  let entries: string;
  const views = () => [{ url: `${p.base}/lists/other-ngos` }, { url: `${p.base}` }];
  beforeEach(async () => {
    t = await startTestApp({ env: { AUDIT_WORKERS: '1' } });
    t.clock.set('2013-04-19T15:00:00Z');
    p = procedure(t);
    await p.createMeeting();
    await p.createList('other-ngos', 'non-objection');
    entries = `${p.base}/lists/other-ngos/entries`;
  });
  afterEach(() => t.close());

  it.each(['XKX', 'EUU', 'ABC'])('refuses %s as the country of one organization, naming the field, and stores nothing', async (country) => {
    const before = await stateOf(t, views());
    const response = await p.post(entries, { organization: org('Acme', country) });
    expectRefusal(response, 400, 'VALIDATION_FAILED', /organization\.country: country must be an assigned ISO 3166-1 alpha-3 code/);
    expect(response.json().details).toEqual([expect.objectContaining({ field: 'organization.country' })]);
    expect(await stateOf(t, views())).toEqual(before);
  });

  it('refuses an unknown country in bulk, naming the row, and accepts the observer States', async () => {
    const before = await stateOf(t, views());
    const response = await p.post(entries, { organizations: [org('Fine', 'FRA'), org('Acme', 'XKX')] });
    expectRefusal(response, 400, 'VALIDATION_FAILED', /organizations\.1\.country/);
    expect(response.json().details).toEqual([expect.objectContaining({ row: 1, field: 'organizations.1.country' })]);
    expect(await stateOf(t, views())).toEqual(before);
    expect(await p.propose('other-ngos', [org('Caritas Holy See', 'VAT'), org('Al-Haq', 'PSE')])).toHaveLength(2);
  });

  it.each([
    ['a right-to-left override', 'Acme \u202Eexe.fdp', /bidirectional override or isolate/],
    ['a control character', 'Acme\u0007', /control character/],
    ['only zero-width characters', '\u200B\u200D', /no visible character/],
  ])('refuses a name with %s, naming the row and field, and stores nothing', async (_what, name, problem) => {
    const before = await stateOf(t, views());
    const response = await p.post(entries, { organizations: [org('Fine', 'FRA'), org(name, 'FRA')] });
    expectRefusal(response, 400, 'VALIDATION_FAILED', problem);
    expect(response.json().details).toEqual([{ row: 1, field: 'organizations.1.name', problems: [expect.stringMatching(problem)] }]);
    expect(await stateOf(t, views())).toEqual(before);
  });

  it('stores a name NFKC-normalized with white space folded, and finds its look-alike a duplicate', async () => {
    await p.propose('other-ngos', [org('  Ｌａ\u00A0 Strada\tInternational ', 'NLD')]);
    expect((await p.list('other-ngos')).entries[0].organization.name).toBe('La Strada International');
    const before = await stateOf(t, views());
    const response = await p.post(entries, { organization: org('LA STRA\u200BDA INTERNATIONAL', 'NLD') });
    expectRefusal(response, 409, 'ALREADY_EXISTS', /already on list "other-ngos"/);
    expect(await stateOf(t, views())).toEqual(before);
  });

  it('refuses unsafe text in a meeting, a list, an objection reason and a General Assembly reference', async () => {
    const [entry] = await p.propose('other-ngos', [org('Acme', 'FRA')]);
    await p.submit('other-ngos', DEADLINE);
    const before = await stateOf(t, views());
    const attempts = [
      [p.post('/v1/meetings', { id: 'another-1', title: 'A \u202Etitle', timezone: 'UTC' }), /title contains a bidirectional/],
      [p.post('/v1/meetings', { id: 'another-2', title: 'Fine', timezone: 'UTC', venue: '\u3164' }), /venue has no visible/],
      [p.post(`${p.base}/lists`, { id: 'another-list', kind: 'ecosoc', title: '\u0000' }), /title contains a control character/],
      [p.object('other-ngos', entry, 'RUS', { reason: '\u2067hidden\u2069' }), /reason contains a bidirectional/],
    ] as const;
    for (const [attempt, message] of attempts) expectRefusal(await attempt, 400, 'VALIDATION_FAILED', message);
    const decision = await p.post(`${entries}/${entry}/general-assembly-decision`, { decision: 'approve', reference: '\u200B' });
    expectRefusal(decision, 400, 'VALIDATION_FAILED', /reference has no visible character/);
    expect(await stateOf(t, views())).toEqual(before);
    expect((await p.get(`/v1/meetings/another-1`, bearer('pga'))).statusCode).toBe(404);
  });
});
