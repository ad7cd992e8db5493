import {
  CloseBatch,
  CreateList,
  ExtendDeadline,
  ListCommand,
  ProposeEntries,
  RaiseObjection,
  RecordGeneralAssemblyDecision,
  SubmitBatch,
  TransmitList,
  WithdrawEntry,
  WithdrawObjection,
} from '../../src/accreditation/domain/list.commands';
import { listDecider, ListState } from '../../src/accreditation/domain/list.decider';
import {
  BatchClosed,
  BatchDeadlineExtended,
  BatchSubmitted,
  EntryApproved,
  EntryObjected,
  EntryProposed,
  EntryWithdrawn,
  GeneralAssemblyDecision,
  GeneralAssemblyDecisionRecorded,
  ListCreated,
  ListEvent,
  ListKind,
  ListTransmitted,
  ObjectionRaised,
  ObjectionWithdrawn,
  Organization,
} from '../../src/accreditation/domain/list.events';
import { DEFAULT_POLICY, MeetingPolicy } from '../../src/accreditation/domain/meeting.events';
import { Actor } from '../../src/event-store/event-store.port';
import { DomainError } from '../../src/kernel/domain-error';
import { MEMBER_STATES } from '../../src/kernel/reference/reference-data';
import { spec } from '../support/decider-spec';

const ADDRESS = { meetingId: 'trafficking-2013', listId: 'ngo-list' };

// ---- time and people ----

const T0 = new Date('2013-03-01T15:00:00Z');
/** The deadline of batch 1 as the PGA gives it (New York time) and as the engine stores it (UTC). */
const DEADLINE_INPUT = new Date('2013-03-15T18:00:00-04:00');
const DEADLINE = '2013-03-15T22:00:00.000Z';
const BEFORE_DEADLINE = new Date('2013-03-10T12:00:00Z');
const AT_DEADLINE = new Date(DEADLINE);
const AFTER_DEADLINE = new Date('2013-03-16T09:00:00Z');
const LATER_DEADLINE = '2013-03-22T22:00:00.000Z';

const pga: Actor = { role: 'pga', subject: 'pga-office' };
const system: Actor = { role: 'system', subject: 'deadline-scheduler' };
const auditor: Actor = { role: 'auditor', subject: 'oios-auditor' };
const holySee: Actor = { role: 'observer', subject: 'vat-mission', state: 'VAT' };
const france: Actor = { role: 'member-state', subject: 'fra-mission', state: 'FRA' };
const germany: Actor = { role: 'member-state', subject: 'deu-mission', state: 'DEU' };
const cuba: Actor = { role: 'member-state', subject: 'cub-mission', state: 'CUB' };

const E1 = '00000000-0000-4000-8000-000000000001';
const E2 = '00000000-0000-4000-8000-000000000002';
const E3 = '00000000-0000-4000-8000-000000000003';
const E4 = '00000000-0000-4000-8000-000000000004';

const ORG_A = org('La Strada International', 'NLD');
const ORG_B = org('Polaris Project', 'USA');
const ORG_C = org('Walk Free Foundation', 'AUS');

// ---- histories ----

const nonObjectionList = (): ListEvent[] => [listCreated()];
const twoProposed = (): ListEvent[] => [...nonObjectionList(), proposed(E1, ORG_A), proposed(E2, ORG_B)];
const batchOpen = (): ListEvent[] => [...twoProposed(), batchSubmitted(1, DEADLINE, [E1, E2])];
/** E1 approved without objection, E2 objected by France. */
const batchDone = (policy: Partial<MeetingPolicy> = {}): ListEvent[] => [
  listCreated('non-objection', policy),
  proposed(E1, ORG_A),
  proposed(E2, ORG_B),
  batchSubmitted(1, DEADLINE, [E1, E2]),
  objectionRaised(E2, 'FRA'),
  approved(E1, 'no-objection'),
  entryObjected(E2, ['FRA']),
  batchClosed(1, { approved: 1, objected: 1 }),
];
const transmittedList = (): ListEvent[] => [...batchDone(), listTransmitted(1)];

describe('list decider', () => {
  describe('CreateList', () => {
    it('creates a list and copies the meeting policy in', () => {
      const policy: MeetingPolicy = { objectionDisclosure: 'none', objectedGoToGeneralAssembly: true, reminders: ['PT24H'] };
      spec(listDecider)
        .given([])
        .when(createList({ meeting: { exists: true, policy } }))
        .then([listCreated('non-objection', policy)]);
    });

    it('creates an ecosoc list with the default policy when the meeting facts carry none', () => {
      spec(listDecider)
        .given([])
        .when(createList({ listKind: 'ecosoc', meeting: { exists: true } }))
        .then([listCreated('ecosoc')]);
    });

    it('refuses a list of a meeting that does not exist, naming the meeting', () => {
      spec(listDecider)
        .given([])
        .when(createList({ meeting: { exists: false } }))
        .thenFails('NOT_FOUND', /trafficking-2013/);
    });

    it('refuses a second list with the same id, naming it', () => {
      spec(listDecider)
        .given(nonObjectionList())
        .when(createList())
        .thenFails('ALREADY_EXISTS', /"ngo-list"/);
    });

    it.each([france, holySee, auditor, system])('refuses a list created by the $role role', (actor) => {
      spec(listDecider).given([]).when(createList({ actor })).thenFails('FORBIDDEN');
    });
  });

  describe('a list that does not exist', () => {
    it.each(commandsOnEntry1().map((command) => [command.kind, command] as const))('%s answers NOT_FOUND', (_kind, command) => {
      spec(listDecider)
        .given([])
        .when(command)
        .thenFails('NOT_FOUND', /has no list "ngo-list"/);
    });
  });

  describe('a transmitted list takes no change', () => {
    it.each(
      commandsOnEntry1()
        .filter((command) => command.kind !== 'CloseBatch')
        .map((command) => [command.kind, command] as const),
    )('%s answers INVALID_STATE', (_kind, command) => {
      spec(listDecider)
        .given(transmittedList())
        .when(command)
        .thenFails('INVALID_STATE', /"ngo-list" was transmitted/);
    });

    it('closing its (closed) batch is still a no-op', () => {
      spec(listDecider).given(transmittedList()).when(closeBatch(1)).then([]);
    });
  });

  describe('roles', () => {
    const pgaOnly = () => commandsOnEntry1().filter((command) => command.kind !== 'RaiseObjection' && command.kind !== 'WithdrawObjection');
    const cases = [france, holySee, auditor, system].flatMap((actor) =>
      pgaOnly()
        .filter((command) => !(command.kind === 'CloseBatch' && actor.role === 'system'))
        .map((command) => [command.kind, actor.role, { ...command, actor }] as const),
    );

    it.each(cases)('%s is refused to the %s role', (_kind, _role, command) => {
      spec(listDecider).given(batchOpen()).when(command).thenFails('FORBIDDEN');
    });

    it('checks the role before the list exists', () => {
      spec(listDecider)
        .given([])
        .when(propose([ORG_A], { actor: france }))
        .thenFails('FORBIDDEN');
    });
  });

  describe('ProposeEntries', () => {
    it('proposes each organization of a non-objection list, in order', () => {
      spec(listDecider)
        .given(nonObjectionList())
        .when(propose([ORG_A, ORG_B]))
        .then([proposed(E1, ORG_A), proposed(E2, ORG_B)]);
    });

    it('approves each organization of an ecosoc list on inclusion', () => {
      const a = { ...ORG_A, ecosocStatus: 'special' as const };
      const b = { ...ORG_B, ecosocStatus: 'general' as const };
      spec(listDecider)
        .given([listCreated('ecosoc')])
        .when(propose([a, b]))
        .then([proposed(E1, a), approved(E1, 'ecosoc-consultative-status'), proposed(E2, b), approved(E2, 'ecosoc-consultative-status')]);
    });

    it('refuses an ecosoc entry without consultative status, naming every offending row', () => {
      const ok = { ...ORG_A, ecosocStatus: 'roster' as const };
      const error = failure(() =>
        decideOn([listCreated('ecosoc')], propose([ok, ORG_B, { ...ORG_C, ecosocStatus: 'roster' }, org('ECPAT', 'THA')])),
      );
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.message).toMatch(/Rows 1, 3/);
      expect(error.details).toEqual([
        { row: 1, field: 'ecosocStatus', problems: [expect.stringMatching(/ecosoc list/)] },
        { row: 3, field: 'ecosocStatus', problems: [expect.stringMatching(/ecosoc list/)] },
      ]);
    });

    it.each(['la strada international', '  La   Strada\tInternational ', 'LA STRADA INTERNATIONAL'])(
      'refuses "%s" from the Netherlands when La Strada International is on the list',
      (name) => {
        const error = failure(() =>
          decideOn([...nonObjectionList(), proposed(E1, ORG_A)], propose([ORG_B, org(name, 'NLD')], { entryIds: [E2, E3] })),
        );
        expect(error.code).toBe('ALREADY_EXISTS');
        expect(error.message).toMatch(/Row 1/);
        expect(error.details).toEqual([{ row: 1, field: 'name', problems: [expect.stringContaining(E1)] }]);
      },
    );

    it('accepts the same name from another country', () => {
      spec(listDecider)
        .given([...nonObjectionList(), proposed(E1, ORG_A)])
        .when(propose([org('La Strada International', 'UKR')], { entryIds: [E2] }))
        .then([proposed(E2, org('La Strada International', 'UKR'))]);
    });

    it('refuses the same organization twice within one request, naming the repeating rows', () => {
      const error = failure(() =>
        decideOn(nonObjectionList(), propose([ORG_A, ORG_B, org('polaris  project', 'USA'), org('La Strada International ', 'NLD')])),
      );
      expect(error.code).toBe('ALREADY_EXISTS');
      expect(error.details).toEqual([
        { row: 2, field: 'name', problems: [expect.stringMatching(/row 1/)] },
        { row: 3, field: 'name', problems: [expect.stringMatching(/row 0/)] },
      ]);
    });

    it('names every row that is already on the list, all or nothing', () => {
      const given = [...nonObjectionList(), proposed(E1, ORG_A), proposed(E2, ORG_B)];
      const error = failure(() =>
        decideOn(given, propose([ORG_C, ORG_B, ORG_A], { entryIds: [E3, E4, '00000000-0000-4000-8000-000000000005'] })),
      );
      expect(error.code).toBe('ALREADY_EXISTS');
      expect((error.details as Array<{ row: number }>).map((detail) => detail.row)).toEqual([1, 2]);
    });

    it('does not count a withdrawn entry', () => {
      spec(listDecider)
        .given([...nonObjectionList(), proposed(E1, ORG_A), entryWithdrawn(E1)])
        .when(propose([ORG_A], { entryIds: [E2] }))
        .then([proposed(E2, ORG_A)]);
    });

    it('counts an approved entry of an ecosoc list', () => {
      const a = { ...ORG_A, ecosocStatus: 'general' as const };
      spec(listDecider)
        .given([listCreated('ecosoc'), proposed(E1, a), approved(E1, 'ecosoc-consultative-status')])
        .when(propose([a], { entryIds: [E2] }))
        .thenFails('ALREADY_EXISTS', /Row 0/);
    });

    it('counts an objected entry', () => {
      spec(listDecider)
        .given(batchDone())
        .when(propose([ORG_B], { entryIds: [E3] }))
        .thenFails('ALREADY_EXISTS');
    });

    it.each([0, 1001])('refuses %i organizations in one request', (count) => {
      const organizations = Array.from({ length: count }, (_, i) => org(`Organization ${i}`, 'KEN'));
      const entryIds = organizations.map((_, i) => `id-${i}`);
      spec(listDecider)
        .given(nonObjectionList())
        .when(propose(organizations, { entryIds }))
        .thenFails('VALIDATION_FAILED', /1 and 1000/);
    });

    it('accepts 1000 organizations in one request', () => {
      const organizations = Array.from({ length: 1000 }, (_, i) => org(`Organization ${i}`, 'KEN'));
      const events = decideOn(nonObjectionList(), propose(organizations, { entryIds: organizations.map((_, i) => `id-${i}`) }));
      expect(events).toHaveLength(1000);
    });
  });

  describe('WithdrawEntry', () => {
    it('withdraws a proposed entry', () => {
      spec(listDecider)
        .given(twoProposed())
        .when(withdrawEntry(E1))
        .then([entryWithdrawn(E1)]);
    });

    it('withdraws an entry under consideration', () => {
      spec(listDecider)
        .given(batchOpen())
        .when(withdrawEntry(E2))
        .then([entryWithdrawn(E2)]);
    });

    it('refuses an unknown entry, naming it', () => {
      spec(listDecider).given(twoProposed()).when(withdrawEntry(E3)).thenFails('NOT_FOUND', new RegExp(E3));
    });

    it.each([
      ['approved', batchDone(), E1],
      ['objected', batchDone(), E2],
      ['withdrawn', [...twoProposed(), entryWithdrawn(E1)], E1],
    ] as const)('refuses to withdraw an %s entry, naming its status', (status, given, entryId) => {
      spec(listDecider)
        .given([...given])
        .when(withdrawEntry(entryId))
        .thenFails('INVALID_STATE', new RegExp(`is ${status}`));
    });
  });

  describe('SubmitBatch', () => {
    it('sends every proposed entry to Member States as batch 1, the deadline in UTC', () => {
      spec(listDecider)
        .given([...twoProposed(), proposed(E3, ORG_C), entryWithdrawn(E2)])
        .when(submitBatch(DEADLINE_INPUT))
        .then([batchSubmitted(1, DEADLINE, [E1, E3])]);
    });

    it('numbers the next batch 2 and sends only what is newly proposed', () => {
      spec(listDecider)
        .given([...batchDone(), proposed(E3, ORG_C)])
        .when(submitBatch(new Date(LATER_DEADLINE), { now: AFTER_DEADLINE }))
        .then([batchSubmitted(2, LATER_DEADLINE, [E3])]);
    });

    it('refuses a batch on an ecosoc list', () => {
      spec(listDecider)
        .given([listCreated('ecosoc')])
        .when(submitBatch(DEADLINE_INPUT))
        .thenFails('INVALID_STATE', /ecosoc/);
    });

    it.each([
      ['now', T0],
      ['in the past', new Date('2013-02-01T00:00:00Z')],
      ['not a date', new Date('not a date')],
    ])('refuses a deadline that is %s', (_what, deadline) => {
      spec(listDecider)
        .given(twoProposed())
        .when(submitBatch(deadline))
        .thenFails('VALIDATION_FAILED', /deadline/);
    });

    it('refuses a batch when nothing is proposed', () => {
      spec(listDecider)
        .given(batchOpen())
        .when(submitBatch(DEADLINE_INPUT))
        .thenFails('INVALID_STATE', /nothing proposed/i);
    });
  });

  describe('ExtendDeadline', () => {
    it('extends the deadline of an open batch', () => {
      spec(listDecider)
        .given(batchOpen())
        .when(extend(1, new Date('2013-03-22T18:00:00-04:00')))
        .then([deadlineExtended(1, DEADLINE, LATER_DEADLINE)]);
    });

    it('refuses an unknown batch', () => {
      spec(listDecider)
        .given(batchOpen())
        .when(extend(2, new Date(LATER_DEADLINE)))
        .thenFails('NOT_FOUND', /batch 2/);
    });

    it('refuses a closed batch', () => {
      spec(listDecider)
        .given(batchDone())
        .when(extend(1, new Date(LATER_DEADLINE)))
        .thenFails('INVALID_STATE', /closed/);
    });

    it.each([
      ['at', AT_DEADLINE],
      ['after', AFTER_DEADLINE],
    ])('refuses an extension %s the deadline: the batch is due to close', (_when, now) => {
      spec(listDecider)
        .given(batchOpen())
        .when(extend(1, new Date(LATER_DEADLINE), { now }))
        .thenFails('INVALID_STATE', new RegExp(`deadline ${DEADLINE} of batch 1 has passed; the batch is due to close`));
    });

    it.each([
      ['the same', new Date(DEADLINE)],
      ['an earlier', new Date('2013-03-14T22:00:00Z')],
    ])('refuses %s deadline: never shorten', (_what, deadline) => {
      spec(listDecider)
        .given(batchOpen())
        .when(extend(1, deadline))
        .thenFails('VALIDATION_FAILED', /never shorten/);
    });
  });

  describe('CloseBatch', () => {
    it('refuses an unknown batch', () => {
      spec(listDecider)
        .given(batchOpen())
        .when(closeBatch(2))
        .thenFails('NOT_FOUND', /batch 2/);
    });

    it('closing a closed batch is a no-op', () => {
      spec(listDecider).given(batchDone()).when(closeBatch(1)).then([]);
    });

    it('refuses a closure before the deadline, naming the deadline', () => {
      spec(listDecider)
        .given(batchOpen())
        .when(closeBatch(1, { now: BEFORE_DEADLINE }))
        .thenFails('DEADLINE_NOT_REACHED', new RegExp(DEADLINE));
    });

    it('refuses a closure at the old deadline after an extension, naming the new one', () => {
      spec(listDecider)
        .given([...batchOpen(), deadlineExtended(1, DEADLINE, LATER_DEADLINE)])
        .when(closeBatch(1, { now: AFTER_DEADLINE }))
        .thenFails('DEADLINE_NOT_REACHED', new RegExp(LATER_DEADLINE));
    });

    it('approves the unopposed, objects the opposed (States sorted), skips the withdrawn, and counts', () => {
      spec(listDecider)
        .given([
          ...nonObjectionList(),
          proposed(E1, ORG_A),
          proposed(E2, ORG_B),
          proposed(E3, ORG_C),
          proposed(E4, org('ECPAT International', 'THA')),
          batchSubmitted(1, DEADLINE, [E1, E2, E3, E4]),
          objectionRaised(E2, 'FRA'),
          objectionRaised(E2, 'CUB'),
          objectionRaised(E2, 'DEU'),
          objectionWithdrawn(E2, 'DEU'),
          objectionRaised(E3, 'DEU'),
          objectionWithdrawn(E3, 'DEU'),
          objectionRaised(E4, 'FRA'),
          entryWithdrawn(E4),
        ])
        .when(closeBatch(1, { now: AFTER_DEADLINE }))
        .then([
          approved(E1, 'no-objection'),
          entryObjected(E2, ['CUB', 'FRA']),
          approved(E3, 'no-objection'),
          batchClosed(1, { approved: 2, objected: 1, closedAt: AFTER_DEADLINE.toISOString() }),
        ]);
    });

    it('the engine closes a batch by itself at the deadline (role system)', () => {
      spec(listDecider)
        .given(batchOpen())
        .when(closeBatch(1, { actor: system, now: AT_DEADLINE }))
        .then([
          approved(E1, 'no-objection'),
          approved(E2, 'no-objection'),
          batchClosed(1, { approved: 2, objected: 0, closedAt: DEADLINE }),
        ]);
    });
  });

  describe('RaiseObjection', () => {
    it("records an objection by the token's State, with its reason", () => {
      spec(listDecider)
        .given(batchOpen())
        .when(raise(E1, { reason: 'Not in keeping with the purposes of the Charter.' }))
        .then([objectionRaised(E1, 'FRA', { reason: 'Not in keeping with the purposes of the Charter.' })]);
    });

    it('dedupes the States it speaks for and drops the objecting State itself', () => {
      spec(listDecider)
        .given(batchOpen())
        .when(raise(E1, { actor: cuba, onBehalfOf: ['VEN', 'NIC', 'CUB', 'VEN', 'BOL'] }))
        .then([objectionRaised(E1, 'CUB', { onBehalfOf: ['VEN', 'NIC', 'BOL'] })]);
    });

    it.each([pga, holySee, auditor, system])('refuses an objection by the $role role', (actor) => {
      spec(listDecider).given(batchOpen()).when(raise(E1, { actor })).thenFails('FORBIDDEN');
    });

    it.each([
      ['an observer code', 'PSE'],
      ['an unknown code', 'XXX'],
      ['no State at all', undefined],
    ])('refuses a member-state token with %s', (_what, state) => {
      const actor: Actor = { role: 'member-state', subject: 'someone', ...(state ? { state } : {}) };
      spec(listDecider)
        .given(batchOpen())
        .when(raise(E1, { actor }))
        .thenFails('FORBIDDEN', /Member State/);
    });

    it('refuses an unknown entry', () => {
      spec(listDecider).given(batchOpen()).when(raise(E3)).thenFails('NOT_FOUND', new RegExp(E3));
    });

    it('refuses an entry not yet sent to Member States', () => {
      spec(listDecider)
        .given(twoProposed())
        .when(raise(E1))
        .thenFails('INVALID_STATE', /is proposed/);
    });

    it('refuses a withdrawn entry', () => {
      spec(listDecider)
        .given([...batchOpen(), entryWithdrawn(E1)])
        .when(raise(E1))
        .thenFails('INVALID_STATE', /is withdrawn/);
    });

    it('refuses an approved entry of an ecosoc list', () => {
      const a = { ...ORG_A, ecosocStatus: 'general' as const };
      spec(listDecider)
        .given([listCreated('ecosoc'), proposed(E1, a), approved(E1, 'ecosoc-consultative-status')])
        .when(raise(E1))
        .thenFails('INVALID_STATE', /is approved/);
    });

    it.each([
      ['at the deadline (batch not yet closed)', batchOpen(), AT_DEADLINE],
      ['after the deadline (batch not yet closed)', batchOpen(), AFTER_DEADLINE],
      ['after the batch closed', batchDone(), AFTER_DEADLINE],
    ])('refuses an objection %s, naming the deadline', (_when, given, now) => {
      spec(listDecider).given(given).when(raise(E1, { now })).thenFails('NON_OBJECTION_PERIOD_CLOSED', new RegExp(DEADLINE));
    });

    it('accepts an objection after the old deadline once the deadline was extended', () => {
      spec(listDecider)
        .given([...batchOpen(), deadlineExtended(1, DEADLINE, LATER_DEADLINE)])
        .when(raise(E1, { now: AFTER_DEADLINE }))
        .then([objectionRaised(E1, 'FRA')]);
    });

    it('refuses a second standing objection by the same State', () => {
      spec(listDecider)
        .given([...batchOpen(), objectionRaised(E1, 'FRA')])
        .when(raise(E1))
        .thenFails('ALREADY_EXISTS', /FRA/);
    });

    it('accepts an objection by another State, and again after a withdrawal', () => {
      spec(listDecider)
        .given([...batchOpen(), objectionRaised(E1, 'FRA')])
        .when(raise(E1, { actor: germany }))
        .then([objectionRaised(E1, 'DEU')]);
      spec(listDecider)
        .given([...batchOpen(), objectionRaised(E1, 'FRA'), objectionWithdrawn(E1, 'FRA')])
        .when(raise(E1))
        .then([objectionRaised(E1, 'FRA')]);
    });

    it('refuses onBehalfOf codes that are not Member States, listing them', () => {
      const error = failure(() => decideOn(batchOpen(), raise(E1, { onBehalfOf: ['DEU', 'VAT', 'XXX', 'VAT'] })));
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.message).toMatch(/VAT, XXX/);
      expect(error.details).toEqual([expect.objectContaining({ field: 'onBehalfOf', codes: ['VAT', 'XXX'] })]);
    });

    it('refuses a reason longer than 2000 characters', () => {
      spec(listDecider)
        .given(batchOpen())
        .when(raise(E1, { reason: 'x'.repeat(2001) }))
        .thenFails('VALIDATION_FAILED', /2000/);
    });
  });

  describe('WithdrawObjection', () => {
    const objected = () => [...batchOpen(), objectionRaised(E1, 'FRA')];

    it("withdraws the State's standing objection", () => {
      spec(listDecider)
        .given(objected())
        .when(withdrawObjection(E1))
        .then([objectionWithdrawn(E1, 'FRA')]);
    });

    it.each([pga, holySee, auditor, system])('refuses a withdrawal by the $role role', (actor) => {
      spec(listDecider).given(objected()).when(withdrawObjection(E1, { actor })).thenFails('FORBIDDEN');
    });

    it('refuses a member-state token that is not a Member State', () => {
      const actor: Actor = { role: 'member-state', subject: 'someone', state: 'EUU' };
      spec(listDecider).given(objected()).when(withdrawObjection(E1, { actor })).thenFails('FORBIDDEN', /EUU/);
    });

    it('refuses an unknown entry', () => {
      spec(listDecider).given(objected()).when(withdrawObjection(E3)).thenFails('NOT_FOUND', new RegExp(E3));
    });

    it.each([
      ['at the deadline', objected(), AT_DEADLINE],
      ['after the batch closed', batchDone(), AFTER_DEADLINE],
    ])('refuses a withdrawal %s, naming the deadline', (_when, given, now) => {
      spec(listDecider).given(given).when(withdrawObjection(E2, { now })).thenFails('NON_OBJECTION_PERIOD_CLOSED', new RegExp(DEADLINE));
    });

    it('refuses when the State has no standing objection', () => {
      spec(listDecider)
        .given(batchOpen())
        .when(withdrawObjection(E1))
        .thenFails('NOT_FOUND', /no standing objection by FRA/);
    });

    it("refuses to withdraw another State's objection", () => {
      spec(listDecider)
        .given(objected())
        .when(withdrawObjection(E1, { actor: germany }))
        .thenFails('NOT_FOUND', /no standing objection by DEU/);
    });

    it('refuses a second withdrawal', () => {
      spec(listDecider)
        .given([...objected(), objectionWithdrawn(E1, 'FRA')])
        .when(withdrawObjection(E1))
        .thenFails('NOT_FOUND', /no standing objection by FRA/);
    });
  });

  describe('RecordGeneralAssemblyDecision', () => {
    const toAssembly = { objectedGoToGeneralAssembly: true };

    it.each(['approve', 'reject'] as const)("records the General Assembly's decision to %s an objected organization", (decision) => {
      spec(listDecider)
        .given(batchDone(toAssembly))
        .when(recordDecision(E2, decision))
        .then([gaDecision(E2, decision)]);
    });

    it('refuses an entry that is not objected', () => {
      spec(listDecider)
        .given(batchDone(toAssembly))
        .when(recordDecision(E1, 'reject'))
        .thenFails('INVALID_STATE', /is approved/);
    });

    it("refuses when the meeting's policy does not send objected organizations to the General Assembly", () => {
      spec(listDecider)
        .given(batchDone())
        .when(recordDecision(E2, 'approve'))
        .thenFails('INVALID_STATE', /objectedGoToGeneralAssembly/);
    });

    it.each(['approve', 'reject'] as const)('refuses a second decision after %s', (decision) => {
      spec(listDecider)
        .given([...batchDone(toAssembly), gaDecision(E2, decision)])
        .when(recordDecision(E2, 'approve'))
        .thenFails('INVALID_STATE', /already decided/);
    });

    it('refuses an unknown entry', () => {
      spec(listDecider).given(batchDone(toAssembly)).when(recordDecision(E3, 'approve')).thenFails('NOT_FOUND', new RegExp(E3));
    });

    it('refuses a blank reference', () => {
      spec(listDecider)
        .given(batchDone(toAssembly))
        .when(recordDecision(E2, 'approve', { reference: '  ' }))
        .thenFails('VALIDATION_FAILED');
    });
  });

  describe('TransmitList', () => {
    it('transmits a list with nothing pending, counting the approved entries', () => {
      spec(listDecider)
        .given(batchDone())
        .when(transmit({ now: AFTER_DEADLINE }))
        .then([listTransmitted(1, AFTER_DEADLINE.toISOString())]);
    });

    it('transmits an ecosoc list', () => {
      const a = { ...ORG_A, ecosocStatus: 'general' as const };
      const b = { ...ORG_B, ecosocStatus: 'roster' as const };
      spec(listDecider)
        .given([
          listCreated('ecosoc'),
          proposed(E1, a),
          approved(E1, 'ecosoc-consultative-status'),
          proposed(E2, b),
          approved(E2, 'ecosoc-consultative-status'),
        ])
        .when(transmit())
        .then([listTransmitted(2, T0.toISOString())]);
    });

    it('refuses while a batch is open, naming it', () => {
      spec(listDecider)
        .given(batchOpen())
        .when(transmit())
        .thenFails('INVALID_STATE', /batch 1 still open/);
    });

    it('refuses while entries are proposed, counting them', () => {
      spec(listDecider)
        .given([...batchDone(), proposed(E3, ORG_C), proposed(E4, org('ECPAT International', 'THA'))])
        .when(transmit())
        .thenFails('INVALID_STATE', /2 entries still proposed/);
    });

    it('names every blocker at once', () => {
      const error = failure(() =>
        decideOn(
          [...batchOpen(), proposed(E3, ORG_C), batchSubmitted(2, LATER_DEADLINE, [E3]), proposed(E4, org('ECPAT International', 'THA'))],
          transmit(),
        ),
      );
      expect(error.code).toBe('INVALID_STATE');
      expect(error.message).toMatch(/batches 1, 2 still open; 1 entry still proposed/);
      expect(error.details).toEqual({ openBatches: [1, 2], proposed: 1 });
    });
  });

  describe('state', () => {
    it('folds every status an entry can take', () => {
      const state = fold([
        ...batchDone({ objectedGoToGeneralAssembly: true }),
        proposed(E3, ORG_C),
        entryWithdrawn(E3),
        proposed(E4, org('ECPAT International', 'THA')),
        gaDecision(E2, 'reject'),
      ]);
      expect(Object.fromEntries([...state.entries.values()].map((entry) => [entry.id, entry.status]))).toEqual({
        [E1]: 'approved',
        [E2]: 'rejected',
        [E3]: 'withdrawn',
        [E4]: 'proposed',
      });
      expect(state.batches.get(1)).toMatchObject({ status: 'closed', deadline: DEADLINE, closedAt: AFTER_DEADLINE.toISOString() });
      expect(state.policy).toEqual({ ...DEFAULT_POLICY, objectedGoToGeneralAssembly: true });
    });

    it('evolve leaves the earlier state untouched (cached states stay valid)', () => {
      const before = fold(batchOpen());
      const after = listDecider.evolve(before, objectionRaised(E1, 'FRA'));
      const withdrawnAfter = listDecider.evolve(after, entryWithdrawn(E2));
      expect(before.objections.has(E1)).toBe(false);
      expect(after.objections.get(E1)?.has('FRA')).toBe(true);
      expect(after.entries.get(E2)?.status).toBe('under-consideration');
      expect(withdrawnAfter.entries.get(E2)?.status).toBe('withdrawn');
      expect(before.organizationKeys.size).toBe(2);
      expect(withdrawnAfter.organizationKeys.size).toBe(1);
    });
  });

  describe('a long stream', () => {
    it('folds 5,000 entries in one batch and 15,000 objections, then decides one more objection', () => {
      const entryCount = 5000;
      const objectionsPerEntry = 4; // 3,750 entries × 4 States = 15,000 objections; 1,250 entries unopposed
      const objectedEntries = 15000 / objectionsPerEntry;
      const id = (i: number) => `entry-${String(i).padStart(5, '0')}`;
      const stateCode = (i: number, k: number) => MEMBER_STATES[(i + k * 37) % MEMBER_STATES.length].code;

      const events: ListEvent[] = [listCreated()];
      for (let i = 0; i < entryCount; i += 1) events.push(proposed(id(i), org(`Organization ${i}`, 'KEN')));
      events.push(
        batchSubmitted(
          1,
          DEADLINE,
          Array.from({ length: entryCount }, (_, i) => id(i)),
        ),
      );
      for (let i = 0; i < objectedEntries; i += 1) {
        for (let k = 0; k < objectionsPerEntry; k += 1) events.push(objectionRaised(id(i), stateCode(i, k)));
      }
      expect(events.length).toBe(20002);

      const state = fold(events);
      expect(state.entries.size).toBe(entryCount);
      expect(state.objections.size).toBe(objectedEntries);

      const objector = (code: string): Actor => ({ role: 'member-state', subject: `${code.toLowerCase()}-mission`, state: code });
      // A State that already objects to entry 0 is refused; a fresh one is recorded.
      spec(listDecider)
        .given(events)
        .when(raise(id(0), { actor: objector(stateCode(0, 0)) }))
        .thenFails('ALREADY_EXISTS');
      const fresh = stateCode(0, objectionsPerEntry);
      expect(listDecider.decide(raise(id(0), { actor: objector(fresh) }), state)).toEqual([objectionRaised(id(0), fresh)]);
      expect(listDecider.decide(raise(id(4999), { actor: objector('FRA') }), state)).toEqual([objectionRaised(id(4999), 'FRA')]);

      // And the closure of the batch gives the right counts.
      const closure = listDecider.decide(closeBatch(1, { now: AFTER_DEADLINE }), state);
      expect(closure).toHaveLength(entryCount + 1);
      expect(closure[0]).toEqual(entryObjected(id(0), [0, 1, 2, 3].map((k) => stateCode(0, k)).sort()));
      expect(closure[entryCount - 1]).toEqual(approved(id(entryCount - 1), 'no-objection'));
      expect(closure[entryCount]).toEqual(batchClosed(1, { approved: entryCount - objectedEntries, objected: objectedEntries }));
    });
  });
});

// ---- helpers ----

function fold(events: ListEvent[]): ListState {
  return events.reduce((folded, event) => listDecider.evolve(folded, event), listDecider.initialState());
}

function decideOn(events: ListEvent[], command: ListCommand): ListEvent[] {
  return listDecider.decide(command, fold(events));
}

function failure(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected the command to be refused');
}

/** One of every command but CreateList, on entry E1 / batch 1, by the actor each normally needs. */
function commandsOnEntry1(): ListCommand[] {
  return [
    propose([ORG_C], { entryIds: [E3] }),
    withdrawEntry(E1),
    submitBatch(new Date(LATER_DEADLINE)),
    extend(1, new Date(LATER_DEADLINE)),
    closeBatch(1),
    raise(E1),
    withdrawObjection(E1),
    recordDecision(E1, 'approve'),
    transmit(),
  ];
}

// ---- builders: organizations ----

function org(name: string, country: string, overrides: Partial<Organization> = {}): Organization {
  return { name, country, category: 'ngo', ...overrides };
}

// ---- builders: events ----

function listCreated(kind: ListKind = 'non-objection', policy: Partial<MeetingPolicy> = {}): ListCreated {
  return {
    type: 'ListCreated',
    schemaVersion: 1,
    data: {
      meetingId: 'trafficking-2013',
      listId: 'ngo-list',
      kind,
      title: 'Non-governmental organizations',
      policy: { ...DEFAULT_POLICY, ...policy },
    },
  };
}

function proposed(entryId: string, organization: Organization): EntryProposed {
  return { type: 'EntryProposed', schemaVersion: 1, data: { entryId, organization } };
}

function approved(entryId: string, basis: EntryApproved['data']['basis']): EntryApproved {
  return { type: 'EntryApproved', schemaVersion: 1, data: { entryId, basis } };
}

function entryWithdrawn(entryId: string): EntryWithdrawn {
  return { type: 'EntryWithdrawn', schemaVersion: 1, data: { entryId } };
}

function batchSubmitted(batch: number, deadline: string, entryIds: string[]): BatchSubmitted {
  return { type: 'BatchSubmitted', schemaVersion: 1, data: { batch, deadline, entryIds } };
}

function deadlineExtended(batch: number, previousDeadline: string, deadline: string): BatchDeadlineExtended {
  return { type: 'BatchDeadlineExtended', schemaVersion: 1, data: { batch, previousDeadline, deadline } };
}

function objectionRaised(
  entryId: string,
  state: string,
  extra: { batch?: number; onBehalfOf?: string[]; reason?: string } = {},
): ObjectionRaised {
  const { batch = 1, onBehalfOf = [], reason } = extra;
  return {
    type: 'ObjectionRaised',
    schemaVersion: 1,
    data: { entryId, batch, state, onBehalfOf, ...(reason !== undefined ? { reason } : {}) },
  };
}

function objectionWithdrawn(entryId: string, state: string, batch = 1): ObjectionWithdrawn {
  return { type: 'ObjectionWithdrawn', schemaVersion: 1, data: { entryId, batch, state } };
}

function entryObjected(entryId: string, states: string[], batch = 1): EntryObjected {
  return { type: 'EntryObjected', schemaVersion: 1, data: { entryId, batch, states } };
}

function batchClosed(batch: number, counts: { approved: number; objected: number; closedAt?: string; deadline?: string }): BatchClosed {
  const { approved: approvedCount, objected, closedAt = AFTER_DEADLINE.toISOString(), deadline = DEADLINE } = counts;
  return { type: 'BatchClosed', schemaVersion: 1, data: { batch, deadline, closedAt, approved: approvedCount, objected } };
}

function gaDecision(entryId: string, decision: GeneralAssemblyDecision, reference = 'A/67/L.70'): GeneralAssemblyDecisionRecorded {
  return { type: 'GeneralAssemblyDecisionRecorded', schemaVersion: 1, data: { entryId, decision, reference } };
}

function listTransmitted(entries: number, transmittedAt = AFTER_DEADLINE.toISOString()): ListTransmitted {
  return { type: 'ListTransmitted', schemaVersion: 1, data: { transmittedAt, entries } };
}

// ---- builders: commands ----

function createList(overrides: Partial<CreateList> = {}): CreateList {
  return {
    kind: 'CreateList',
    meetingId: 'trafficking-2013',
    listId: 'ngo-list',
    listKind: 'non-objection',
    title: 'Non-governmental organizations',
    meeting: { exists: true, policy: DEFAULT_POLICY },
    actor: pga,
    now: T0,
    ...overrides,
  };
}

function propose(organizations: Organization[], overrides: Partial<ProposeEntries> = {}): ProposeEntries {
  const ids = [E1, E2, E3, E4];
  return {
    ...ADDRESS,
    kind: 'ProposeEntries',
    organizations,
    entryIds: organizations.map((_, i) => ids[i] ?? `id-${i}`),
    actor: pga,
    now: T0,
    ...overrides,
  };
}

function withdrawEntry(entryId: string, overrides: Partial<WithdrawEntry> = {}): WithdrawEntry {
  return { ...ADDRESS, kind: 'WithdrawEntry', entryId, actor: pga, now: T0, ...overrides };
}

function submitBatch(deadline: Date, overrides: Partial<SubmitBatch> = {}): SubmitBatch {
  return { ...ADDRESS, kind: 'SubmitBatch', deadline, actor: pga, now: T0, ...overrides };
}

function extend(batch: number, deadline: Date, overrides: Partial<ExtendDeadline> = {}): ExtendDeadline {
  return { ...ADDRESS, kind: 'ExtendDeadline', batch, deadline, actor: pga, now: BEFORE_DEADLINE, ...overrides };
}

function closeBatch(batch: number, overrides: Partial<CloseBatch> = {}): CloseBatch {
  return { ...ADDRESS, kind: 'CloseBatch', batch, actor: pga, now: AFTER_DEADLINE, ...overrides };
}

function raise(entryId: string, overrides: Partial<RaiseObjection> = {}): RaiseObjection {
  return { ...ADDRESS, kind: 'RaiseObjection', entryId, actor: france, now: BEFORE_DEADLINE, ...overrides };
}

function withdrawObjection(entryId: string, overrides: Partial<WithdrawObjection> = {}): WithdrawObjection {
  return { ...ADDRESS, kind: 'WithdrawObjection', entryId, actor: france, now: BEFORE_DEADLINE, ...overrides };
}

function recordDecision(
  entryId: string,
  decision: GeneralAssemblyDecision,
  overrides: Partial<RecordGeneralAssemblyDecision> = {},
): RecordGeneralAssemblyDecision {
  return {
    ...ADDRESS,
    kind: 'RecordGeneralAssemblyDecision',
    entryId,
    decision,
    reference: 'A/67/L.70',
    actor: pga,
    now: AFTER_DEADLINE,
    ...overrides,
  };
}

function transmit(overrides: Partial<TransmitList> = {}): TransmitList {
  return { ...ADDRESS, kind: 'TransmitList', actor: pga, now: T0, ...overrides };
}
