import { listDecider } from '../../src/accreditation/domain/list.decider';

import { MeetingPolicy } from '../../src/accreditation/domain/meeting.events';
import { spec } from '../support/decider-spec';
import {
  system,
  auditor,
  holySee,
  france,
  E1,
  E2,
  E3,
  E4,
  ORG_A,
  ORG_B,
  ORG_C,
  nonObjectionList,
  twoProposed,
  batchOpen,
  batchDone,
  transmittedList,
  decideOn,
  failure,
  commandsOnEntry1,
  org,
  listCreated,
  proposed,
  approved,
  entryWithdrawn,
  createList,
  propose,
  withdrawEntry,
  closeBatch,
} from './list.decider.fixtures';

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
});
