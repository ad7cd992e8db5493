import { describe, expect, it } from '@jest/globals';
import { ListCommand } from '../../src/accreditation/domain/list.commands';
import { listDecider } from '../../src/accreditation/domain/list.decider';
import { ListEvent, listEvent, Organization } from '../../src/accreditation/domain/list.events';
import { DEFAULT_POLICY } from '../../src/accreditation/domain/meeting.events';
import { Actor } from '../../src/event-store/event-store.port';
import { DomainError } from '../../src/kernel/domain-error';
import { spec } from '../support/decider-spec';

/** Correcting a batch (the deadline cap, cancellation) and disowning an objection made on one's behalf. */

const ADDRESS = { meetingId: 'trafficking-2013', listId: 'ngo-list' };
const NOW = new Date('2013-03-01T15:00:00Z');
const DEADLINE = '2013-03-15T22:00:00.000Z';
const BEFORE_DEADLINE = new Date('2013-03-10T12:00:00Z');
const AFTER_DEADLINE = new Date('2013-03-16T09:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const CAP = 366;

const pga: Actor = { role: 'pga', subject: 'pga-office' };
const system: Actor = { role: 'system', subject: 'deadline-scheduler' };
const auditor: Actor = { role: 'auditor', subject: 'oios-auditor' };
const holySee: Actor = { role: 'observer', subject: 'vat-mission', state: 'VAT' };
const memberState = (state: string): Actor => ({ role: 'member-state', subject: `${state.toLowerCase()}-mission`, state });
const [kenya, uganda, tanzania, egypt] = ['KEN', 'UGA', 'TZA', 'EGY'].map(memberState);

const E1 = '00000000-0000-4000-8000-000000000001';
const E2 = '00000000-0000-4000-8000-000000000002';
const E3 = '00000000-0000-4000-8000-000000000003';
const org = (name: string, country: string): Organization => ({ name, country, category: 'ngo' });

// ---- histories ----

const listCreated = () =>
  listEvent('ListCreated', { ...ADDRESS, kind: 'non-objection', title: 'Non-governmental organizations', policy: DEFAULT_POLICY });
const threeProposed = (): ListEvent[] => [
  listCreated(),
  listEvent('EntryProposed', { entryId: E1, organization: org('La Strada International', 'NLD') }),
  listEvent('EntryProposed', { entryId: E2, organization: org('Polaris Project', 'USA') }),
  listEvent('EntryProposed', { entryId: E3, organization: org('Walk Free Foundation', 'AUS') }),
];
const submitted = (batch = 1, entryIds = [E1, E2, E3], deadline = DEADLINE) => listEvent('BatchSubmitted', { batch, deadline, entryIds });
const raised = (entryId: string, state: string, onBehalfOf: string[] = [], reason?: string) =>
  listEvent('ObjectionRaised', { entryId, batch: 1, state, onBehalfOf, ...(reason ? { reason } : {}) });
/** Batch 1 open with E1, E2 (E3 withdrawn since); Kenya objects to E1 on behalf of Uganda and Tanzania. */
const batchOpen = (): ListEvent[] => [
  ...threeProposed(),
  submitted(),
  listEvent('EntryWithdrawn', { entryId: E3 }),
  raised(E1, 'KEN', ['UGA', 'TZA'], 'Not independent of a government.'),
];
const cancelled = (entryIds = [E1, E2]) => listEvent('BatchCancelled', { batch: 1, reason: 'Deadline mistyped.', entryIds });
const batchClosed = () =>
  listEvent('BatchClosed', { batch: 1, deadline: DEADLINE, closedAt: AFTER_DEADLINE.toISOString(), approved: 1, objected: 1 });

// ---- commands ----

type Kind = ListCommand['kind'];
function command<K extends Kind>(kind: K, fields: object, actor: Actor = pga, now = BEFORE_DEADLINE): Extract<ListCommand, { kind: K }> {
  return { ...ADDRESS, kind, actor, now, ...fields } as Extract<ListCommand, { kind: K }>;
}
const submit = (deadline: Date, maxDeadlineDays: number | null = CAP) =>
  command('SubmitBatch', { deadline, ...(maxDeadlineDays !== null ? { maxDeadlineDays } : {}) }, pga, NOW);
const extend = (deadline: Date, now = BEFORE_DEADLINE) => command('ExtendDeadline', { batch: 1, deadline, maxDeadlineDays: CAP }, pga, now);
const cancel = (fields: object = {}, actor: Actor = pga, now = BEFORE_DEADLINE) =>
  command('CancelBatch', { batch: 1, reason: 'Deadline mistyped.', ...fields }, actor, now);
const disown = (actor: Actor, entryId = E1, now = BEFORE_DEADLINE) => command('DisownObjection', { entryId }, actor, now);

const fold = (events: ListEvent[]) => events.reduce((state, event) => listDecider.evolve(state, event), listDecider.initialState());

describe('the deadline cap (MAX_DEADLINE_DAYS, given to the decider in the command)', () => {
  const atCap = new Date(NOW.getTime() + CAP * DAY);
  const pastCap = new Date(atCap.getTime() + 1);

  it('accepts a deadline exactly the cap ahead of now', () => {
    spec(listDecider)
      .given(threeProposed())
      .when(submit(atCap))
      .then([submitted(1, [E1, E2, E3], atCap.toISOString())]);
  });

  it('refuses a submission with a deadline beyond the cap, naming the limit, the variable and the latest deadline', () => {
    spec(listDecider)
      .given(threeProposed())
      .when(submit(pastCap))
      .thenFails(
        'VALIDATION_FAILED',
        new RegExp(`more than 366 days ahead \\(the limit set by MAX_DEADLINE_DAYS\\).*${atCap.toISOString()}`),
      );
    const error = catchError(() => listDecider.decide(submit(pastCap), fold(threeProposed())));
    expect(error.details).toEqual([{ field: 'deadline', problems: ['more than 366 days ahead (MAX_DEADLINE_DAYS)'] }]);
  });

  it('takes the limit the command carries, whatever it is', () => {
    spec(listDecider)
      .given(threeProposed())
      .when(submit(new Date(NOW.getTime() + 31 * DAY), 30))
      .thenFails('VALIDATION_FAILED', /more than 30 days ahead/);
  });

  it('applies no cap to a command decided before the cap existed (no limit recorded), so that its replay agrees', () => {
    const farAhead = new Date('2031-03-15T22:00:00.000Z');
    spec(listDecider)
      .given(threeProposed())
      .when(submit(farAhead, null))
      .then([submitted(1, [E1, E2, E3], farAhead.toISOString())]);
  });

  it('refuses an extension beyond the cap, counted from now, not from the current deadline', () => {
    const withinFromNow = new Date(BEFORE_DEADLINE.getTime() + CAP * DAY);
    spec(listDecider)
      .given(batchOpen())
      .when(extend(withinFromNow))
      .thenContains([{ type: 'BatchDeadlineExtended' }]);
    spec(listDecider)
      .given(batchOpen())
      .when(extend(new Date(withinFromNow.getTime() + 1)))
      .thenFails('VALIDATION_FAILED', /MAX_DEADLINE_DAYS/);
  });
});

describe('CancelBatch', () => {
  it('cancels an open batch: the entries still under consideration go back to proposed (a withdrawn one stays withdrawn)', () => {
    spec(listDecider)
      .given(batchOpen())
      .when(cancel())
      .then([cancelled([E1, E2])]);
  });

  it('leaves the entries proposed outside any batch, lets their objections lapse and marks the batch cancelled', () => {
    const state = fold([...batchOpen(), cancelled()]);
    expect(state.batches.get(1)?.status).toBe('cancelled');
    expect(state.entries.get(E1)).toEqual(expect.objectContaining({ status: 'proposed' }));
    expect(state.entries.get(E1)?.batch).toBeUndefined();
    expect(state.entries.get(E3)?.status).toBe('withdrawn');
    expect(state.objections.size).toBe(0);
  });

  it('lets the PGA submit the same entries again, in a new batch where earlier objectors start afresh', () => {
    const resubmitted = submitted(2, [E1, E2]);
    spec(listDecider)
      .given([...batchOpen(), cancelled()])
      .when(submit(new Date(DEADLINE)))
      .then([resubmitted]);
    spec(listDecider)
      .given([...batchOpen(), cancelled(), resubmitted])
      .when(command('RaiseObjection', { entryId: E1 }, kenya))
      .then([listEvent('ObjectionRaised', { entryId: E1, batch: 2, state: 'KEN', onBehalfOf: [] })]);
  });

  it('refuses a closed batch, and a cancelled one, with INVALID_STATE', () => {
    spec(listDecider)
      .given([...batchOpen(), batchClosed()])
      .when(cancel({}, pga, AFTER_DEADLINE))
      .thenFails('INVALID_STATE', /Batch 1 of list "ngo-list" is closed; only an open batch can be cancelled/);
    spec(listDecider)
      .given([...batchOpen(), cancelled()])
      .when(cancel())
      .thenFails('INVALID_STATE', /is cancelled; only an open batch/);
  });

  it('refuses an open batch whose deadline has passed: the Member States have decided, it can only close', () => {
    spec(listDecider)
      .given(batchOpen())
      .when(cancel({}, pga, new Date(DEADLINE)))
      .thenFails('INVALID_STATE', /deadline 2013-03-15T22:00:00.000Z of batch 1 has passed/);
  });

  it('refuses a batch that does not exist, naming it', () => {
    spec(listDecider)
      .given(batchOpen())
      .when(cancel({ batch: 7 }))
      .thenFails('NOT_FOUND', /no batch 7/);
  });

  it.each([
    ['a blank reason', '   ', /is blank/],
    ['a reason over 2000 characters', 'x'.repeat(2001), /longer than 2000 characters/],
  ])('refuses %s', (_, reason, message) => {
    spec(listDecider).given(batchOpen()).when(cancel({ reason })).thenFails('VALIDATION_FAILED', message);
  });

  it.each([kenya, holySee, auditor, system])('refuses a cancellation by the $role role', (actor) => {
    spec(listDecider).given(batchOpen()).when(cancel({}, actor)).thenFails('FORBIDDEN');
  });

  it('leaves the jobs of a cancelled batch nothing to do: no closure by the engine, no reminder', () => {
    const history = [...batchOpen(), cancelled()];
    spec(listDecider)
      .given(history)
      .when(command('CloseBatch', { batch: 1 }, system, AFTER_DEADLINE))
      .then([]);
    spec(listDecider)
      .given(history)
      .when(command('RecordReminder', { batch: 1, deadline: DEADLINE, before: 'PT24H' }, system))
      .then([]);
  });

  it('tells the PGA that a cancelled batch has nothing to close or extend', () => {
    const history = [...batchOpen(), cancelled()];
    spec(listDecider)
      .given(history)
      .when(command('CloseBatch', { batch: 1 }, pga, AFTER_DEADLINE))
      .thenFails('INVALID_STATE', /was cancelled; there is nothing to close/);
    spec(listDecider)
      .given(history)
      .when(extend(new Date('2013-03-20T22:00:00Z')))
      .thenFails('INVALID_STATE', /is cancelled; its deadline can no longer be extended/);
  });

  it('takes no objection and no withdrawal on an entry sent back to proposed', () => {
    const history = [...batchOpen(), cancelled()];
    spec(listDecider)
      .given(history)
      .when(command('RaiseObjection', { entryId: E2 }, egypt))
      .thenFails('INVALID_STATE', /is proposed, not under consideration/);
    spec(listDecider)
      .given(history)
      .when(command('WithdrawObjection', { entryId: E1 }, kenya))
      .thenFails('NOT_FOUND', /no standing objection by KEN/);
  });

  it('no longer holds the list: transmittal waits only for the proposed entries', () => {
    spec(listDecider)
      .given([...batchOpen(), cancelled()])
      .when(command('TransmitList', {}, pga, AFTER_DEADLINE))
      .thenFails('INVALID_STATE', /^List "ngo-list" cannot be transmitted yet: 2 entries still proposed/);
  });
});

describe('DisownObjection', () => {
  it('takes the State out of the onBehalfOf of the objection naming it; the objection stands for the others', () => {
    spec(listDecider)
      .given(batchOpen())
      .when(disown(uganda))
      .then([listEvent('ObjectionDisowned', { entryId: E1, batch: 1, state: 'KEN', disownedBy: 'UGA' })]);
    const state = fold([...batchOpen(), listEvent('ObjectionDisowned', { entryId: E1, batch: 1, state: 'KEN', disownedBy: 'UGA' })]);
    expect(state.objections.get(E1)?.get('KEN')).toEqual({
      state: 'KEN',
      batch: 1,
      onBehalfOf: ['TZA'],
      reason: 'Not independent of a government.',
    });
  });

  it('still objects the entry at closure when the objecting State stands alone', () => {
    const history = [
      ...batchOpen(),
      listEvent('ObjectionDisowned', { entryId: E1, batch: 1, state: 'KEN', disownedBy: 'UGA' }),
      listEvent('ObjectionDisowned', { entryId: E1, batch: 1, state: 'KEN', disownedBy: 'TZA' }),
    ];
    spec(listDecider)
      .given(history)
      .when(command('CloseBatch', { batch: 1 }, system, AFTER_DEADLINE))
      .thenContains([
        { type: 'EntryObjected', data: { entryId: E1, batch: 1, states: ['KEN'] } },
        { type: 'EntryApproved' },
        { type: 'BatchClosed' },
      ]);
  });

  it('leaves every objection that names the State, one event each, in order of the objecting State', () => {
    spec(listDecider)
      .given([...batchOpen(), raised(E1, 'EGY', ['UGA'])])
      .when(disown(uganda))
      .then([
        listEvent('ObjectionDisowned', { entryId: E1, batch: 1, state: 'EGY', disownedBy: 'UGA' }),
        listEvent('ObjectionDisowned', { entryId: E1, batch: 1, state: 'KEN', disownedBy: 'UGA' }),
      ]);
  });

  it('answers NOT_FOUND to a State no standing objection names (the objecting State itself included), and to a second disowning', () => {
    for (const actor of [egypt, kenya]) {
      spec(listDecider)
        .given(batchOpen())
        .when(disown(actor))
        .thenFails('NOT_FOUND', new RegExp(`made on behalf of ${actor.state}; there is nothing to disown`));
    }
    spec(listDecider)
      .given([...batchOpen(), listEvent('ObjectionDisowned', { entryId: E1, batch: 1, state: 'KEN', disownedBy: 'UGA' })])
      .when(disown(uganda))
      .thenFails('NOT_FOUND');
    spec(listDecider).given(batchOpen()).when(disown(tanzania, E2)).thenFails('NOT_FOUND');
    spec(listDecider).given(threeProposed()).when(disown(tanzania)).thenFails('NOT_FOUND');
    spec(listDecider).given(batchOpen()).when(disown(tanzania, '00000000-0000-4000-8000-000000000099')).thenFails('NOT_FOUND');
  });

  it('refuses after the deadline, closed or not yet, as for withdrawals, naming the deadline', () => {
    spec(listDecider)
      .given(batchOpen())
      .when(disown(uganda, E1, new Date(DEADLINE)))
      .thenFails('NON_OBJECTION_PERIOD_CLOSED', /ended at its deadline 2013-03-15T22:00:00.000Z; an objection can no longer be disowned/);
    spec(listDecider)
      .given([...batchOpen(), batchClosed()])
      .when(disown(uganda, E1, AFTER_DEADLINE))
      .thenFails('NON_OBJECTION_PERIOD_CLOSED');
  });

  it.each([pga, holySee, auditor, system])('refuses the $role role: only a Member State disowns', (actor) => {
    spec(listDecider).given(batchOpen()).when(disown(actor)).thenFails('FORBIDDEN');
  });
});

function catchError(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a DomainError');
}
