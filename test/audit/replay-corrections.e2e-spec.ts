import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { replayDecisions } from '../../src/audit/decision-replay';
import { engineDeciderRegistry } from '../../src/engine/engine-audit';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';

/**
 * Cancellations, disowned objections and capped deadlines replay as decided. The engine runs with a cap
 * of 400 days and submits a deadline 380 days ahead: the replay decides it again with the recorded cap,
 * not with the default of 366 that would refuse it.
 */
describe('decision replay of batch corrections', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ now: '2013-04-19T15:00:00Z', env: { MAX_DEADLINE_DAYS: '400' } });
    const p = procedure(t);
    const ok = async (response: Promise<{ statusCode: number; body: string }>) => {
      const answer = await response;
      if (answer.statusCode >= 300) throw new Error(`${answer.statusCode}: ${answer.body}`);
    };
    await p.createMeeting();
    await p.createList('other-ngos', 'non-objection');
    const [entry] = await p.propose('other-ngos', [org('Walk Free', 'AUS')]);
    await p.submit('other-ngos', '2014-05-04T15:00:00Z'); // 380 days ahead
    await ok(p.object('other-ngos', entry, 'KEN', { reason: 'Not independent.', onBehalfOf: ['UGA', 'TZA'] }));
    await ok(p.del(`${p.base}/lists/other-ngos/entries/${entry}/objections/on-behalf/mine`, bearer('member-state', 'UGA')));
    await ok(p.post(`${p.base}/lists/other-ngos/batches/1/cancellation`, { reason: 'The deadline was mistyped.' }));
    await p.submit('other-ngos', '2013-04-26T22:00:00Z');
    await ok(p.post(`${p.base}/lists/other-ngos/batches/2/extension`, { deadline: '2013-05-03T22:00:00Z' }));
  });
  afterAll(() => t.close());

  it('records the cap the handler gave each deadline decision', async () => {
    const commands = (await t.store.readAll({ maxCount: 1000 }))
      .map((event) => event.metadata.command as { kind: string; maxDeadlineDays?: number } | undefined)
      .filter((command) => command?.kind === 'SubmitBatch' || command?.kind === 'ExtendDeadline');
    expect(commands.map((command) => [command!.kind, command!.maxDeadlineDays])).toEqual([
      ['SubmitBatch', 400],
      ['SubmitBatch', 400],
      ['ExtendDeadline', 400],
    ]);
  });

  it('replays every decision with no mismatch', async () => {
    const kinds = (await t.store.readAll({ maxCount: 1000 }))
      .map((event) => (event.metadata.command as { kind: string } | undefined)?.kind)
      .filter((kind) => kind !== undefined);
    expect(kinds).toEqual([
      'CreateMeeting',
      'CreateList',
      'ProposeEntries',
      'SubmitBatch',
      'RaiseObjection',
      'DisownObjection',
      'CancelBatch',
      'SubmitBatch',
      'ExtendDeadline',
    ]);
    const report = await replayDecisions(t.store, engineDeciderRegistry());
    expect(report).toEqual(expect.objectContaining({ ok: true, commandsReplayed: kinds.length, mismatchCount: 0, mismatches: [] }));
  });
});
