import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import { auditJobClient } from '../audit/audit-jobs.support';
import { AccreditationFacts } from '../../src/accreditation/accreditation.public';

const EMAIL = 'contact.person@lastrada.example.org';
const OTHER = 'someone.else@beta.example.org';
const DEADLINE = '2013-04-26T18:00:00-04:00';

/** Every file of the data folder but the key store, as bytes (the events db, its -wal, projections, idempotency records). */
function storeFiles(dataDir: string): Array<{ name: string; bytes: Buffer }> {
  return readdirSync(dataDir)
    .filter((name) => !name.startsWith('personal-data-keys'))
    .map((name) => ({ name, bytes: readFileSync(join(dataDir, name)) }));
}

const holding = (dataDir: string, text: string) => storeFiles(dataDir).filter(({ bytes }) => bytes.includes(Buffer.from(text)));

describe('Personal data (contract 1.2)', () => {
  let t: TestApp;
  let p: ReturnType<typeof procedure>;
  let acme: string;
  let beta: string;

  beforeEach(async () => {
    t = await startTestApp({ env: { AUDIT_WORKERS: '1' } });
    t.clock.set('2013-04-19T15:00:00Z');
    p = procedure(t);
    await p.createMeeting();
    await p.createList('other-ngos', 'non-objection');
    const headers = { ...bearer('pga'), 'idempotency-key': 'propose-1' };
    const proposed = await p.post(
      `${p.base}/lists/other-ngos/entries`,
      { organizations: [org('Acme', 'NLD', { contactEmail: EMAIL }), org('Beta', 'KEN', { contactEmail: OTHER })] },
      headers,
    );
    [acme, beta] = proposed.json().entryIds as string[];
    await p.submit('other-ngos', DEADLINE);
  });
  afterEach(() => t.close());

  const erase = (subject: object, headers = bearer('pga')) =>
    p.post('/v1/personal-data/erasures', { subject, reason: 'Request of the data subject' }, headers);
  const contactOf = (view: { entries: Array<{ id: string; organization: { contactEmail?: string } }> }, id: string) =>
    view.entries.find((e) => e.id === id)!.organization.contactEmail;

  it('stores no e-mail address in the clear: events, write-ahead log, idempotency records, views', async () => {
    expect(holding(t.dataDir, EMAIL).map((f) => f.name)).toEqual([]);
    expect(holding(t.dataDir, '@lastrada').map((f) => f.name)).toEqual([]);
    const { events } = (await p.get('/v1/audit/events?type=EntryProposed', bearer('auditor'))).json();
    expect(events[0].data.organization.contactEmail).toMatch(/^pd1:[0-9a-f-]{36}:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+$/);
    expect(events[0].metadata.command.organizations[0].contactEmail).toBe(events[0].data.organization.contactEmail);
  });

  it('shows the address to pga and auditor only: never a Member State, an observer, an export or a webhook payload', async () => {
    expect(contactOf(await p.list('other-ngos'), acme)).toBe(EMAIL);
    expect(contactOf(await p.list('other-ngos', bearer('auditor')), acme)).toBe(EMAIL);
    for (const headers of [bearer('member-state', 'FRA'), bearer('observer', 'VAT')]) {
      const response = await p.get(`${p.base}/lists/other-ngos`, headers);
      expect(response.body).not.toContain('contactEmail');
      const csv = await p.get(`${p.base}/lists/other-ngos/export?format=csv`, headers);
      expect(csv.body).not.toContain('@');
    }
    const pending = await p.get('/v1/member-states/me/pending', bearer('member-state', 'FRA'));
    expect(pending.statusCode).toBe(200);
    expect(pending.body).not.toContain('contactEmail');
    expect((await p.get(`${p.base}/lists/other-ngos/export?format=csv`)).body).toContain(EMAIL);
    const reminded = await t.app.get(AccreditationFacts).entriesUnderConsideration('trafficking-2013', 'other-ngos', 1);
    expect(reminded).toHaveLength(2);
    expect(JSON.stringify(reminded)).not.toContain('contactEmail');
    const publicOrganizations = await t.inject({ method: 'GET', url: `/v1/public/meetings/trafficking-2013/organizations` });
    expect(publicOrganizations.body).not.toContain('@');
  });

  it('erases an entry contact: [erased] in views and exports, envelopes in the audit routes, and every audit still passes', async () => {
    const before = (await p.get('/v1/audit/events?type=EntryProposed', bearer('auditor'))).json().events[0];
    expect((await erase({ entryId: acme }, bearer('member-state', 'FRA'))).statusCode).toBe(403);
    const response = await erase({ entryId: acme });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      erased: [{ subjectId: expect.any(String), kind: 'entry-contact', reference: acme, meetingId: 'trafficking-2013' }],
      notErasable: [],
      position: expect.any(String),
    });

    expect(contactOf(await p.list('other-ngos'), acme)).toBe('[erased]');
    expect(contactOf(await p.list('other-ngos'), beta)).toBe(OTHER);
    expect((await p.get(`${p.base}/lists/other-ngos/export?format=csv`)).body).toContain('[erased]');
    const after = (await p.get('/v1/audit/events?type=EntryProposed', bearer('auditor'))).json().events[0];
    expect(after.data).toEqual(before.data);
    const [erasure] = (await p.get('/v1/audit/events?type=PersonalDataErased', bearer('auditor'))).json().events;
    expect(erasure.data).toEqual({
      request: { by: 'entry', entryId: acme },
      reason: 'Request of the data subject',
      subjectIds: [response.json().erased[0].subjectId],
      notErasable: [],
    });
    expect(JSON.stringify(erasure)).not.toContain('@');

    const jobs = auditJobClient(t);
    expect((await jobs.runToEnd('verification')).summary).toEqual(expect.objectContaining({ ok: true }));
    expect((await jobs.runToEnd('replay')).summary).toEqual(expect.objectContaining({ ok: true, mismatchCount: 0 }));
    expect((await jobs.runToEnd('rebuild-comparison')).summary).toEqual(expect.objectContaining({ matches: true, differenceCount: 0 }));
  });

  it('finds a subject by its address (HMAC lookup), and leaves none of the destroyed key bytes in the key store file', async () => {
    const keys = new Database(join(t.dataDir, 'personal-data-keys.db'), { readonly: true });
    const key = keys.prepare('SELECT key FROM personal_data_subjects WHERE reference = ?').pluck().get(beta) as Buffer;
    keys.close();
    expect(key).toHaveLength(32);

    const response = await erase({ email: OTHER.toUpperCase() });
    expect(response.json().erased).toEqual([expect.objectContaining({ reference: beta })]);
    expect(contactOf(await p.list('other-ngos'), beta)).toBe('[erased]');
    expect(contactOf(await p.list('other-ngos'), acme)).toBe(EMAIL);
    const file = readFileSync(join(t.dataDir, 'personal-data-keys.db'));
    expect(file.includes(key)).toBe(false);

    const again = await erase({ email: OTHER });
    expect(again.json()).toEqual({ erased: [], notErasable: [], position: expect.any(String) });
    expect((await p.get('/v1/audit/events?type=PersonalDataErased', bearer('auditor'))).json().events).toHaveLength(1);
  });

  it('answers nothing found for representatives and delegations (issue 25), 404 for an unknown entry, 400 for two subjects', async () => {
    expect((await erase({ representativeId: '7c3f4e5d-6a7b-4c8d-8e9f-1a2b3c4d5e6f' })).json()).toEqual({
      erased: [],
      notErasable: [],
      position: expect.any(String),
    });
    expect((await erase({ delegation: { state: 'FRA' } })).statusCode).toBe(200);
    expect((await erase({ entryId: '7c3f4e5d-6a7b-4c8d-8e9f-1a2b3c4d5e6f' })).statusCode).toBe(404);
    expect((await erase({ entryId: acme, email: EMAIL })).statusCode).toBe(400);
    expect((await erase({})).statusCode).toBe(400);
  });
});
