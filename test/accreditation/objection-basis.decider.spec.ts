import { MakeObjectionBasisKnown, RequestObjectionBasis } from '../../src/accreditation/domain/list.commands';
import { listDecider } from '../../src/accreditation/domain/list.decider';
import { listEvent, ListEvent } from '../../src/accreditation/domain/list.events';
import { DEFAULT_POLICY } from '../../src/accreditation/domain/meeting.events';
import { Actor } from '../../src/kernel/events';
import { spec } from '../support/decider-spec';

const ADDRESS = { meetingId: 'trafficking-2013', listId: 'ngo-list' };
const DEADLINE = '2013-03-15T22:00:00.000Z';
const AFTER = new Date('2013-03-16T09:00:00Z');
const BEFORE = new Date('2013-03-10T09:00:00Z');
const E1 = '00000000-0000-4000-8000-000000000001';
const E2 = '00000000-0000-4000-8000-000000000002';
const E3 = '00000000-0000-4000-8000-000000000003';

const pga: Actor = { role: 'pga', subject: 'pga-office' };
const memberState = (state: string): Actor => ({ role: 'member-state', subject: `${state.toLowerCase()}-mission`, state });
const observer: Actor = { role: 'observer', subject: 'vat-mission', state: 'VAT' };
const auditor: Actor = { role: 'auditor', subject: 'oios' };

const organization = (name: string) => ({ name, country: 'NLD', category: 'ngo' as const });
const proposedAndSubmitted = (): ListEvent[] => [
  listEvent('ListCreated', { ...ADDRESS, kind: 'non-objection', title: 'NGOs', policy: DEFAULT_POLICY }),
  listEvent('EntryProposed', { entryId: E1, organization: organization('Acme') }),
  listEvent('EntryProposed', { entryId: E2, organization: organization('Beta') }),
  listEvent('EntryProposed', { entryId: E3, organization: organization('Gamma') }),
  listEvent('BatchSubmitted', { batch: 1, deadline: DEADLINE, entryIds: [E1, E2] }),
];
/** E1 objected by EGY (with a reason, on behalf of DZA) and by RUS (without); E2 approved; E3 never submitted. */
const closed = (): ListEvent[] => [
  ...proposedAndSubmitted(),
  listEvent('ObjectionRaised', { entryId: E1, batch: 1, state: 'RUS', onBehalfOf: [] }),
  listEvent('ObjectionRaised', { entryId: E1, batch: 1, state: 'EGY', onBehalfOf: ['DZA'], reason: 'Not relevant to the meeting' }),
  listEvent('ObjectionRaised', { entryId: E2, batch: 1, state: 'CUB', onBehalfOf: [] }),
  listEvent('ObjectionWithdrawn', { entryId: E2, batch: 1, state: 'CUB' }),
  listEvent('EntryObjected', { entryId: E1, batch: 1, states: ['EGY', 'RUS'] }),
  listEvent('EntryApproved', { entryId: E2, basis: 'no-objection' }),
  listEvent('BatchClosed', { batch: 1, deadline: DEADLINE, closedAt: AFTER.toISOString(), approved: 1, objected: 1 }),
];
const requested = (state = 'FRA') => listEvent('ObjectionBasisRequested', { entryId: E1, state });
const BASES = [{ state: 'EGY', reason: 'Not relevant to the meeting' }, { state: 'RUS' }];

const request = (entryId = E1, actor = memberState('FRA')): RequestObjectionBasis => ({
  ...ADDRESS,
  kind: 'RequestObjectionBasis',
  entryId,
  actor,
  now: AFTER,
});
const answer = (state = 'FRA', actor = pga, entryId = E1): MakeObjectionBasisKnown => ({
  ...ADDRESS,
  kind: 'MakeObjectionBasisKnown',
  entryId,
  state,
  actor,
  now: AFTER,
});

describe('list decider: the general basis of an objection', () => {
  describe('RequestObjectionBasis', () => {
    it("records a Member State's request for an objected entry", () => {
      spec(listDecider).given(closed()).when(request()).then([requested()]);
    });

    it('lets an objecting State ask too, and several States ask for one entry', () => {
      spec(listDecider)
        .given([...closed(), requested()])
        .when(request(E1, memberState('EGY')))
        .then([requested('EGY')]);
    });

    it('takes a request after the list was transmitted: it changes no entry', () => {
      const transmitted = [...closed(), listEvent('ListTransmitted', { transmittedAt: AFTER.toISOString(), entries: 1 })];
      spec(listDecider).given(transmitted).when(request()).then([requested()]);
    });

    it('refuses a second request by the same State, saying to wait for the answer', () => {
      spec(listDecider)
        .given([...closed(), requested()])
        .when(request())
        .thenFails('ALREADY_EXISTS', /FRA already requested .*entry 00000000-0000-4000-8000-000000000001 \("Acme"\); wait for the answer/);
    });

    it.each([
      ['approved', E2, closed()],
      ['proposed', E3, closed()],
      ['under-consideration', E1, proposedAndSubmitted()],
    ])('refuses an entry that is %s, saying which entries qualify', (status, entryId, history) => {
      spec(listDecider)
        .given(history)
        .when({ ...request(entryId), now: BEFORE })
        .thenFails('INVALID_STATE', new RegExp(`is ${status}: the general basis .* only for an entry objected when its batch closed`));
    });

    it('refuses an entry the General Assembly has since decided on', () => {
      const decided = [
        ...closed(),
        listEvent('GeneralAssemblyDecisionRecorded', { entryId: E1, decision: 'reject', reference: 'A/67/L.9' }),
      ];
      spec(listDecider)
        .given(decided)
        .when(request())
        .thenFails('INVALID_STATE', /is rejected/);
    });

    it('refuses an unknown entry or list', () => {
      spec(listDecider)
        .given(closed())
        .when(request('00000000-0000-4000-8000-000000000009'))
        .thenFails('NOT_FOUND', /no entry/);
      spec(listDecider)
        .given([])
        .when(request())
        .thenFails('NOT_FOUND', /has no list "ngo-list"/);
    });

    it.each([pga, observer, auditor])('refuses a request by the $role role', (actor) => {
      spec(listDecider).given(closed()).when(request(E1, actor)).thenFails('FORBIDDEN');
    });

    it('refuses a member-state token whose State is not a Member State', () => {
      spec(listDecider)
        .given(closed())
        .when(request(E1, memberState('EUU')))
        .thenFails('FORBIDDEN', /"EUU" is not one/);
    });
  });

  describe('MakeObjectionBasisKnown', () => {
    it('makes known the reason of each objection standing at closure, by State', () => {
      spec(listDecider)
        .given([...closed(), requested()])
        .when(answer())
        .then([listEvent('ObjectionBasisMadeKnown', { entryId: E1, state: 'FRA', bases: BASES })]);
    });

    it('answers each requester separately', () => {
      spec(listDecider)
        .given([
          ...closed(),
          requested(),
          requested('EGY'),
          listEvent('ObjectionBasisMadeKnown', { entryId: E1, state: 'FRA', bases: BASES }),
        ])
        .when(answer('EGY'))
        .then([listEvent('ObjectionBasisMadeKnown', { entryId: E1, state: 'EGY', bases: BASES })]);
    });

    it('refuses a State that did not ask, with 404 naming it', () => {
      spec(listDecider)
        .given([...closed(), requested()])
        .when(answer('DEU'))
        .thenFails('NOT_FOUND', /DEU has not requested the general basis .*only a requester is answered/);
    });

    it('refuses to answer the same request twice', () => {
      const answered = [...closed(), requested(), listEvent('ObjectionBasisMadeKnown', { entryId: E1, state: 'FRA', bases: BASES })];
      spec(listDecider)
        .given(answered)
        .when(answer())
        .thenFails('ALREADY_EXISTS', /already made known to FRA/);
    });

    it.each([memberState('FRA'), observer, auditor])('refuses an answer by the $role role', (actor) => {
      spec(listDecider)
        .given([...closed(), requested()])
        .when(answer('FRA', actor))
        .thenFails('FORBIDDEN');
    });
  });

  it('folds requests into the state without touching the entries', () => {
    const fold = (events: ListEvent[]) => events.reduce((state, event) => listDecider.evolve(state, event), listDecider.initialState());
    const before = fold(closed());
    const after = fold([...closed(), requested(), requested('EGY')]);
    expect(after.entries.toJS()).toEqual(before.entries.toJS());
    expect(after.basisRequests?.toJS()).toEqual({
      [`${E1}|FRA`]: { entryId: E1, state: 'FRA', madeKnown: false },
      [`${E1}|EGY`]: { entryId: E1, state: 'EGY', madeKnown: false },
    });
  });
});
