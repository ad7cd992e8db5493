import { createTestDatabase, TestDatabase } from '../support/postgres-database';
import { startTestApp, TestApp } from '../support/test-app';
import { allPages, auditGet, EventView, MEETING, seedHistory } from './audit-history.fixtures';

interface Links {
  event: EventView;
  causedBy: EventView | { command: string | null; actor: { role: string; state?: string }; at: string };
  ledTo: EventView[];
  sameCommand: EventView[];
}

/** Causation over HTTP, on the embedded store and on PostgreSQL (each app with its own audit index). */
describe.each([
  ['embedded SQLite', () => Promise.resolve(undefined)],
  ['PostgreSQL', () => createTestDatabase()],
] as const)('HTTP: one audit event and its causation (%s)', (_store, makeDatabase) => {
  let t: TestApp;
  let database: TestDatabase | undefined;
  let log: EventView[];
  const one = (type: string) => log.find((e) => e.type === type)!;
  const links = (event: EventView) => auditGet<Links>(t, `/v1/audit/events/${event.position}`);

  beforeAll(async () => {
    database = await makeDatabase();
    t = await startTestApp({ env: database ? { EVENTSTORE_POSTGRES_URL: database.url } : {} });
    await seedHistory(t);
    log = await allPages(t, `meetingId=${MEETING}&limit=1000`);
  });
  afterAll(async () => {
    await t?.close();
    await database?.drop();
  });

  it('gives a request as the cause of its events: the command, the actor and the time', async () => {
    const objection = one('ObjectionRaised');
    const answer = await links(objection);
    expect(answer.event).toEqual(objection);
    expect(answer.causedBy).toEqual({
      command: 'RaiseObjection',
      actor: expect.objectContaining({ role: 'member-state', state: 'FRA' }),
      at: objection.metadata.occurredAt,
    });
    expect(answer.ledTo).toEqual([]);
  });

  it('lists the other events of the same command', async () => {
    const proposals = log.filter((e) => e.type === 'EntryProposed');
    expect(proposals).toHaveLength(2);
    const answer = await links(proposals[1]);
    expect(answer.sameCommand).toEqual([proposals[0]]);
    expect(answer.causedBy).toMatchObject({ command: 'ProposeEntries' });
  });

  it('gives the submission as the cause of the closure at the deadline, and the closure among what it led to', async () => {
    const [submitted, closed, objected] = ['BatchSubmitted', 'BatchClosed', 'EntryObjected'].map(one);
    const closure = await links(closed);
    expect(closure.causedBy).toEqual(submitted);
    expect(closed.metadata).toMatchObject({ causationId: submitted.eventId, correlationId: submitted.metadata.correlationId });
    expect(closure.sameCommand.map((e) => e.type)).toEqual(expect.arrayContaining(['EntryObjected', 'EntryApproved']));
    expect((await links(objected)).causedBy).toEqual(submitted);
    const submission = await links(submitted);
    expect(submission.ledTo.map((e) => e.type)).toEqual(expect.arrayContaining(['BatchClosed', 'EntryObjected', 'EntryApproved']));
  });
});
