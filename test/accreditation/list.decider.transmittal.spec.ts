import { listDecider } from '../../src/accreditation/domain/list.decider';
import { ListEvent } from '../../src/accreditation/domain/list.events';
import { DEFAULT_POLICY } from '../../src/accreditation/domain/meeting.events';
import { Actor } from '../../src/event-store/event-store.port';
import { MEMBER_STATES } from '../../src/kernel/reference/reference-data';
import { spec } from '../support/decider-spec';
import {
  T0,
  DEADLINE,
  AFTER_DEADLINE,
  LATER_DEADLINE,
  E1,
  E2,
  E3,
  E4,
  ORG_A,
  ORG_B,
  ORG_C,
  batchOpen,
  batchDone,
  fold,
  decideOn,
  failure,
  org,
  listCreated,
  proposed,
  approved,
  entryWithdrawn,
  batchSubmitted,
  objectionRaised,
  entryObjected,
  batchClosed,
  gaDecision,
  listTransmitted,
  closeBatch,
  raise,
  transmit,
} from './list.decider.fixtures';

describe('list decider: transmittal, state, a long stream', () => {
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
