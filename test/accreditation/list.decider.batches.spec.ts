import { listDecider } from '../../src/accreditation/domain/list.decider';
import { spec } from '../support/decider-spec';
import {
  T0,
  DEADLINE_INPUT,
  DEADLINE,
  BEFORE_DEADLINE,
  AT_DEADLINE,
  AFTER_DEADLINE,
  LATER_DEADLINE,
  system,
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
  org,
  listCreated,
  proposed,
  approved,
  entryWithdrawn,
  batchSubmitted,
  deadlineExtended,
  objectionRaised,
  objectionWithdrawn,
  entryObjected,
  batchClosed,
  submitBatch,
  extend,
  closeBatch,
} from './list.decider.fixtures';

describe('list decider: batches', () => {
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
});
