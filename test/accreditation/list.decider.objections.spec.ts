import { listDecider } from '../../src/accreditation/domain/list.decider';
import { Actor } from '../../src/event-store/event-store.port';
import { spec } from '../support/decider-spec';
import {
  DEADLINE,
  AT_DEADLINE,
  AFTER_DEADLINE,
  LATER_DEADLINE,
  pga,
  system,
  auditor,
  holySee,
  germany,
  cuba,
  E1,
  E2,
  E3,
  ORG_A,
  twoProposed,
  batchOpen,
  batchDone,
  decideOn,
  failure,
  listCreated,
  proposed,
  approved,
  entryWithdrawn,
  deadlineExtended,
  objectionRaised,
  objectionWithdrawn,
  gaDecision,
  raise,
  withdrawObjection,
  recordDecision,
} from './list.decider.fixtures';

describe('list decider: objections and the General Assembly', () => {
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
});
