import { listStream } from '../../src/accreditation/domain/list.events';
import { meetingStream } from '../../src/accreditation/domain/meeting.events';
import { AsOfOutcome } from '../../src/event-store/projections/as-of/as-of-bounds';
import { EngineMetrics } from '../../src/platform/metrics/engine-metrics';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import { expectContractError } from './hostile-support';

/**
 * `?asOf=` rebuilds a view from the log: any signed-in account could make the engine replay the same streams
 * request after request. Replays are counted by the engine's metric (nihil_obstat_as_of_reads_total), not timed.
 */
const NOW = '2013-04-02T12:00:00.000Z';
const LIST = '/v1/meetings/trafficking-2013/lists/other-ngos';
const pga = bearer('pga');

async function readsOf(t: TestApp): Promise<Partial<Record<AsOfOutcome, number>>> {
  const metric = t.app.get(EngineMetrics).registry.getSingleMetric('nihil_obstat_as_of_reads_total');
  const values = (await metric!.get()).values;
  return Object.fromEntries(values.map(({ labels, value }) => [labels.outcome, value]));
}

/** A meeting and a list of three organizations proposed. */
async function meetingWithList(t: TestApp): Promise<void> {
  const p = procedure(t);
  await p.createMeeting();
  await p.createList('other-ngos', 'non-objection');
  await p.propose('other-ngos', [org('La Strada International', 'NLD'), org('Polaris Project', 'USA'), org('Walk Free', 'AUS')]);
}

const asOf = (t: TestApp, query: string) => t.inject({ method: 'GET', url: `${LIST}?${query}`, headers: pga });

describe('?asOf= is answered from a bounded cache', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: NOW });
    await meetingWithList(t);
  });
  afterAll(() => t.close());

  it('answers a repeated asOf, and any later instant, from one replay', async () => {
    const first = await asOf(t, 'asOf=2013-04-02T12:00:01Z');
    const later = await asOf(t, 'asOf=2013-04-02T12:00:02Z');
    const again = await asOf(t, 'asOf=2013-04-02T12:00:01Z');
    expect([first.statusCode, later.statusCode, again.statusCode]).toEqual([200, 200, 200]);
    const { asOf: stamp, ...view } = first.json();
    expect(stamp).toEqual({ at: '2013-04-02T12:00:01.000Z' });
    expect(view.entries).toHaveLength(3);
    expect({ ...later.json(), asOf: stamp }).toEqual(first.json());
    expect(await readsOf(t)).toEqual({ replayed: 1, cached: 2 });
  });

  it('replays once for identical requests made at the same time', async () => {
    const before = await readsOf(t);
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => asOf(t, 'asOfPosition=2')));
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
    const after = await readsOf(t);
    expect(after.replayed).toBe((before.replayed ?? 0) + 1);
    expect((after.shared ?? 0) + (after.cached ?? 0)).toBe((before.shared ?? 0) + (before.cached ?? 0) + 4);
  });

  it('replays again once the list has moved on', async () => {
    const before = await readsOf(t);
    await procedure(t).propose('other-ngos', [org('Anti-Slavery International', 'GBR')]);
    const answer = await asOf(t, 'asOf=2013-04-02T12:00:01Z');
    expect(answer.json().entries).toHaveLength(4);
    expect((await readsOf(t)).replayed).toBe((before.replayed ?? 0) + 1);
  });
});

describe('?asOf= over AS_OF_MAX_EVENTS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: NOW, env: { AS_OF_MAX_EVENTS: '3' } });
    await meetingWithList(t);
  });
  afterAll(() => t.close());

  it('is refused before any replay with 409 INVALID_STATE naming the count and the limit, and nothing is stored', async () => {
    const events = await t.eventCount();
    const streams = [meetingStream('trafficking-2013'), listStream('trafficking-2013', 'other-ngos')];
    const listEvents = (await Promise.all(streams.map((stream) => t.store.readStream(stream)))).flat().length;
    expect(listEvents).toBeGreaterThan(3);
    const refused = await asOf(t, 'asOf=2013-04-02T12:00:01Z');
    const error = expectContractError(refused, 409, 'INVALID_STATE');
    expect(error.details).toEqual({ events: listEvents, limit: 3 });
    expect(error.message).toMatch(/AS_OF_MAX_EVENTS/);
    expect(await t.eventCount()).toBe(events);
    expect(await readsOf(t)).toEqual({ 'too-large': 1 });
    const meeting = await t.inject({ method: 'GET', url: '/v1/meetings/trafficking-2013?asOf=2013-04-02T12:00:01Z', headers: pga });
    expect(meeting.statusCode).toBe(200);
    expect(await readsOf(t)).toEqual({ 'too-large': 1, replayed: 1 });
  });
});
