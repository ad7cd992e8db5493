import { listDecider } from '../../src/accreditation/domain/list.decider';
import { ListCommand } from '../../src/accreditation/domain/list.commands';
import { ListEvent } from '../../src/accreditation/domain/list.events';
import { ListState } from '../../src/accreditation/domain/list.state';
import { reviveCommand } from '../../src/audit/decider-registry';
import { replayDecisions, ReplayMismatch } from '../../src/audit/decision-replay';
import { StoredEvent } from '../../src/event-store/event-store.port';
import { Decider } from '../../src/kernel/decider';
import { DomainError } from '../../src/kernel/domain-error';
import { metadata } from '../support/events';
import { startTestApp, TestApp } from '../support/test-app';
import { ALLOW_LOCAL_WEBHOOKS, HISTORY_COMMANDS, HISTORY_START, recordHistory } from './replay-history';
import { engineDeciderRegistry } from '../../src/engine/engine-audit';

async function allEvents(t: TestApp): Promise<StoredEvent[]> {
  return t.store.readAll({ maxCount: 100_000 });
}

/** The list decider with one rule changed: `decide` of RaiseObjection goes through `change`. */
function withChangedObjections(change: (command: Extract<ListCommand, { kind: 'RaiseObjection' }>, events: ListEvent[]) => ListEvent[]) {
  const changed: Decider<ListCommand, ListEvent, ListState> = {
    ...listDecider,
    decide: (command, state) => {
      const events = listDecider.decide(command, state);
      return command.kind === 'RaiseObjection' ? change(command, events) : events;
    },
  };
  return engineDeciderRegistry().withDecider('list-', changed);
}

describe('decision replay', () => {
  let t: TestApp;
  let entryIds: string[];

  beforeAll(async () => {
    t = await startTestApp({ now: HISTORY_START, env: ALLOW_LOCAL_WEBHOOKS });
    ({ entryIds } = await recordHistory(t));
  });
  afterAll(() => t.close());

  it('stores each command, without actor and time, on the first event of its events only', async () => {
    const events = await allEvents(t);
    const withCommand = events.filter((e) => e.metadata.command !== undefined);
    expect(withCommand.map((e) => (e.metadata.command as { kind: string }).kind)).toEqual(HISTORY_COMMANDS);
    for (const event of withCommand) {
      expect(event.metadata.command).not.toHaveProperty('actor');
      expect(event.metadata.command).not.toHaveProperty('now');
    }
    // Every event without the command follows one with it, from the same command (same causation).
    events.forEach((event, i) => {
      if (event.metadata.command !== undefined) return;
      const previous = events[i - 1];
      expect(previous.streamId).toBe(event.streamId);
      expect(previous.metadata.causationId).toBe(event.metadata.causationId);
    });

    const command = (kind: string) => withCommand.find((e) => (e.metadata.command as { kind: string }).kind === kind)!.metadata.command;
    expect(command('SubmitBatch')).toEqual({
      kind: 'SubmitBatch',
      meetingId: 'trafficking-2013',
      listId: 'other-ngos',
      deadline: '2013-04-26T22:00:00.000Z',
      maxDeadlineDays: 366,
    });
    expect(command('ExtendDeadline')).toEqual(expect.objectContaining({ batch: 1, deadline: '2013-04-27T22:00:00.000Z' }));
    expect(command('RaiseObjection')).toEqual({
      kind: 'RaiseObjection',
      meetingId: 'trafficking-2013',
      listId: 'other-ngos',
      entryId: entryIds[0],
      reason: 'Not independent of a government.',
      onBehalfOf: ['UGA', 'TZA'],
    });
    // Facts the handler derived are part of the command as decided.
    expect(command('CreateList')).toEqual(
      expect.objectContaining({ meeting: expect.objectContaining({ exists: true, policy: expect.any(Object) }) }),
    );
    expect((command('ProposeEntries') as { entryIds: string[] }).entryIds).toHaveLength(2);
    expect(command('RegisterWebhook')).toEqual(expect.objectContaining({ requireHttps: false }));
    const programme = command('SetProgramme') as { segments: Array<{ startsAt: string; endsAt?: string }> };
    expect(programme.segments[0]).toEqual(
      expect.objectContaining({ startsAt: '2013-05-13T13:00:00.000Z', endsAt: '2013-05-13T14:00:00.000Z' }),
    );
    expect(programme.segments[3]).not.toHaveProperty('endsAt');
  });

  it('replays a normal history with no mismatch, reading only', async () => {
    const before = await t.eventCount();
    const progress: number[] = [];
    const report = await replayDecisions(t.store, engineDeciderRegistry(), { onProgress: (p) => progress.push(p.done) });
    expect(report).toEqual(
      expect.objectContaining({
        ok: true,
        events: before,
        commandsReplayed: HISTORY_COMMANDS.length,
        skipped: 0,
        unknownStreamEvents: 0,
        mismatchCount: 0,
        mismatches: [],
      }),
    );
    expect(report.streams).toBe(6); // the meeting, two lists, its arrangements, a list of speakers, FRA's webhook
    expect(progress.length).toBeGreaterThan(0);
    expect(await t.eventCount()).toBe(before);
  });

  it('reports, with the event, what a changed rule would not have produced', async () => {
    const objection = (await allEvents(t)).find((e) => e.type === 'ObjectionRaised' && (e.data as { state: string }).state === 'KEN')!;
    const registry = withChangedObjections((_, events) =>
      events.map((event) => (event.type === 'ObjectionRaised' ? { ...event, data: { ...event.data, onBehalfOf: [] } } : event)),
    );

    const report = await replayDecisions(t.store, registry);

    expect(report.ok).toBe(false);
    expect(report.mismatchCount).toBe(1);
    const [mismatch] = report.mismatches;
    expect(mismatch).toEqual<ReplayMismatch>({
      streamId: 'list-trafficking-2013.other-ngos',
      position: objection.position,
      revision: objection.revision,
      eventId: objection.eventId,
      command: 'RaiseObjection',
      causationId: objection.metadata.causationId,
      expected: [{ type: 'ObjectionRaised', data: objection.data, position: objection.position, revision: objection.revision }],
      produced: [{ type: 'ObjectionRaised', data: { ...(objection.data as object), onBehalfOf: [] } }],
    });
    expect(report.commandsReplayed).toBe(HISTORY_COMMANDS.length);
  });

  it('reports a command the current rules refuse, with their error', async () => {
    const registry = withChangedObjections((command, events) => {
      if (!command.reason) throw new DomainError('VALIDATION_FAILED', 'An objection now needs a reason.');
      return events;
    });
    const fra = (await allEvents(t)).find((e) => e.type === 'ObjectionRaised' && (e.data as { state: string }).state === 'FRA')!;

    const report = await replayDecisions(t.store, registry);

    expect(report.mismatches).toEqual([
      expect.objectContaining({
        position: fra.position,
        command: 'RaiseObjection',
        produced: { error: { name: 'DomainError', code: 'VALIDATION_FAILED', message: 'An objection now needs a reason.' } },
      }),
    ]);
  });

  it('counts events that carry no command (older history) as skipped, and the rest still replays', async () => {
    const stream = 'list-trafficking-2013.older';
    await t.store.append(
      stream,
      [
        {
          type: 'ListCreated',
          data: {
            meetingId: 'trafficking-2013',
            listId: 'older',
            kind: 'ecosoc',
            title: 'Older',
            policy: { objectionDisclosure: 'organizations', objectedGoToGeneralAssembly: false, reminders: [] },
          },
          metadata: metadata(),
        },
      ],
      'no-stream',
    );
    const report = await replayDecisions(t.store, engineDeciderRegistry());
    expect(report).toEqual(expect.objectContaining({ ok: true, skipped: 1, commandsReplayed: HISTORY_COMMANDS.length }));
  });

  it('revives the Date fields of a command as the registry lists them', () => {
    const entry = engineDeciderRegistry().forStream('list-m.l')!;
    const command = reviveCommand(
      entry,
      { kind: 'ExtendDeadline', batch: 1, deadline: '2013-04-27T22:00:00.000Z' },
      { role: 'pga', subject: 'p' },
      '2013-04-25T10:00:00.000Z',
    );
    expect(command.deadline).toEqual(new Date('2013-04-27T22:00:00.000Z'));
    expect(command.now).toEqual(new Date('2013-04-25T10:00:00.000Z'));
    expect(command.actor).toEqual({ role: 'pga', subject: 'p' });
    const reminder = reviveCommand(
      entry,
      { kind: 'RecordReminder', batch: 1, deadline: '2013-04-27T22:00:00.000Z', before: 'PT24H' },
      { role: 'system', subject: 's' },
      '2013-04-26T22:00:00.000Z',
    );
    expect(reminder.deadline).toBe('2013-04-27T22:00:00.000Z');
    expect(engineDeciderRegistry().forStream('somewhere-else')).toBeUndefined();

    const arrangements = engineDeciderRegistry().forStream('arrangements-m')!;
    const segments = [
      { id: 'a', startsAt: '2013-05-13T13:00:00.000Z', endsAt: '2013-05-13T14:00:00.000Z' },
      { id: 'b', startsAt: '2013-05-14T22:00:00.000Z' },
    ];
    const stored = { kind: 'SetProgramme', segments };
    const programme = reviveCommand(arrangements, stored, { role: 'pga', subject: 'p' }, '2013-04-30T15:00:00.000Z');
    expect(programme.segments).toEqual([
      { id: 'a', startsAt: new Date('2013-05-13T13:00:00.000Z'), endsAt: new Date('2013-05-13T14:00:00.000Z') },
      { id: 'b', startsAt: new Date('2013-05-14T22:00:00.000Z') },
    ]);
    expect(stored.segments[0].startsAt).toBe('2013-05-13T13:00:00.000Z'); // the stored command is left as it was
  });
});
