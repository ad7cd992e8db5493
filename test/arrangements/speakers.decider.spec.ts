import { describe, expect, it } from '@jest/globals';
import { SegmentFacts, SpeakersCommand, speakersDecider, SpeakersEvent } from '../../src/arrangements/domain/speakers';
import { bySpeakingOrder, Delegation, Level } from '../../src/arrangements/domain/speaking-order';
import { Actor } from '../../src/event-store/event-store.port';
import { spec } from '../support/decider-spec';
import { auditor, MEETING, memberState, NOW, observer, pga } from './arrangements.fixtures';

const PLENARY: SegmentFacts = { meetingExists: true, segment: { id: 'plenary-1', kind: 'plenary' } };

const inscribe = (
  actor: Actor,
  level: Level = 'minister',
  facts: SegmentFacts = PLENARY,
  speakerName = 'H.E. A. Speaker',
): SpeakersCommand => ({
  kind: 'InscribeSpeaker',
  meetingId: MEETING,
  segmentId: facts.segment?.id ?? 'plenary-1',
  facts,
  level,
  speakerName,
  actor,
  now: NOW,
});
const close = (actor: Actor = pga, facts: SegmentFacts = PLENARY): SpeakersCommand => ({
  kind: 'CloseSpeakersList',
  meetingId: MEETING,
  segmentId: 'plenary-1',
  facts,
  actor,
  now: NOW,
});
const withdraw = (actor: Actor, facts: SegmentFacts = PLENARY): SpeakersCommand => ({
  kind: 'WithdrawInscription',
  meetingId: MEETING,
  segmentId: 'plenary-1',
  facts,
  actor,
  now: NOW,
});
const inscribed = (state: string, delegation: Delegation, level: Level = 'minister'): SpeakersEvent => ({
  type: 'SpeakerInscribed',
  schemaVersion: 1,
  data: { segmentId: 'plenary-1', state, delegation, level, speakerName: 'H.E. A. Speaker' },
});
const withdrawn = (state: string): SpeakersEvent => ({
  type: 'InscriptionWithdrawn',
  schemaVersion: 1,
  data: { segmentId: 'plenary-1', state },
});
const closed = (inscriptions: number): SpeakersEvent => ({
  type: 'SpeakersListClosed',
  schemaVersion: 1,
  data: { segmentId: 'plenary-1', inscriptions },
});

describe('list of speakers (paragraph 5)', () => {
  it('inscribes a Member State, its State taken from the token', () => {
    spec(speakersDecider)
      .given([])
      .when(inscribe(memberState('FRA')))
      .then([inscribed('FRA', 'member-state')]);
  });

  it('inscribes the observers the resolution names: the Holy See, Palestine, the European Union', () => {
    for (const code of ['VAT', 'PSE', 'EUU']) {
      spec(speakersDecider)
        .given([])
        .when(inscribe(observer(code), 'head-of-delegation'))
        .then([inscribed(code, 'observer', 'head-of-delegation')]);
    }
  });

  it('refuses a token whose State is not what its role says', () => {
    spec(speakersDecider)
      .given([])
      .when(inscribe(memberState('VAT')))
      .thenFails('FORBIDDEN', /not a Member State/);
    spec(speakersDecider)
      .given([])
      .when(inscribe(observer('FRA')))
      .thenFails('FORBIDDEN', /not a recognized observer/);
  });

  it('refuses the pga and the auditor', () => {
    spec(speakersDecider).given([]).when(inscribe(pga)).thenFails('FORBIDDEN');
    spec(speakersDecider).given([]).when(inscribe(auditor)).thenFails('FORBIDDEN');
  });

  it('takes one inscription per State per segment', () => {
    spec(speakersDecider)
      .given([inscribed('FRA', 'member-state')])
      .when(inscribe(memberState('FRA'), 'head-of-state'))
      .thenFails('ALREADY_EXISTS', /FRA is already inscribed/);
    spec(speakersDecider)
      .given([inscribed('FRA', 'member-state')])
      .when(inscribe(memberState('DEU')))
      .then([inscribed('DEU', 'member-state')]);
  });

  it('refuses an inscription on a closed list', () => {
    spec(speakersDecider)
      .given([inscribed('FRA', 'member-state'), closed(1)])
      .when(inscribe(memberState('DEU')))
      .thenFails('INVALID_STATE', /closed/);
  });

  it('keeps lists of speakers for plenary meetings only', () => {
    for (const kind of ['opening-plenary', 'panel', 'closing-plenary'] as const) {
      const facts: SegmentFacts = { meetingExists: true, segment: { id: 'plenary-1', kind } };
      spec(speakersDecider)
        .given([])
        .when(inscribe(memberState('FRA'), 'minister', facts))
        .thenFails('INVALID_STATE', new RegExp(`is a ${kind}`));
    }
  });

  it('refuses a segment not in the programme, or a meeting that does not exist', () => {
    spec(speakersDecider)
      .given([])
      .when(inscribe(memberState('FRA'), 'minister', { meetingExists: true }))
      .thenFails('NOT_FOUND', /no segment/);
    spec(speakersDecider)
      .given([])
      .when(inscribe(memberState('FRA'), 'minister', { meetingExists: false }))
      .thenFails('NOT_FOUND', /no meeting/);
  });

  it('refuses an unknown level and a blank speaker name', () => {
    spec(speakersDecider)
      .given([])
      .when(inscribe(memberState('FRA'), 'ambassador' as Level))
      .thenFails('VALIDATION_FAILED');
    spec(speakersDecider)
      .given([])
      .when(inscribe(memberState('FRA'), 'minister', PLENARY, '  '))
      .thenFails('VALIDATION_FAILED');
  });
});

describe('withdrawing an inscription', () => {
  it("withdraws the caller's own inscription, a Member State's or an observer's", () => {
    spec(speakersDecider)
      .given([inscribed('FRA', 'member-state'), inscribed('DEU', 'member-state')])
      .when(withdraw(memberState('FRA')))
      .then([withdrawn('FRA')]);
    spec(speakersDecider)
      .given([inscribed('VAT', 'observer')])
      .when(withdraw(observer('VAT')))
      .then([withdrawn('VAT')]);
  });

  it("refuses with NOT_FOUND a State with no inscription of its own: none, another State's only, or one already withdrawn", () => {
    spec(speakersDecider)
      .given([])
      .when(withdraw(memberState('FRA')))
      .thenFails('NOT_FOUND', /FRA is not inscribed .* no inscription to withdraw/);
    spec(speakersDecider)
      .given([inscribed('DEU', 'member-state')])
      .when(withdraw(memberState('FRA')))
      .thenFails('NOT_FOUND');
    spec(speakersDecider)
      .given([inscribed('FRA', 'member-state'), withdrawn('FRA')])
      .when(withdraw(memberState('FRA')))
      .thenFails('NOT_FOUND');
  });

  it('refuses a withdrawal once the list is closed', () => {
    spec(speakersDecider)
      .given([inscribed('FRA', 'member-state'), closed(1)])
      .when(withdraw(memberState('FRA')))
      .thenFails('INVALID_STATE', /closed; an inscription is withdrawn only while its list is open/);
  });

  it('is for member-state and observer tokens only', () => {
    spec(speakersDecider)
      .given([inscribed('FRA', 'member-state')])
      .when(withdraw(pga))
      .thenFails('FORBIDDEN');
    spec(speakersDecider)
      .given([inscribed('FRA', 'member-state')])
      .when(withdraw(auditor))
      .thenFails('FORBIDDEN');
  });

  it('is for plenary meetings of the programme', () => {
    spec(speakersDecider)
      .given([])
      .when(withdraw(memberState('FRA'), { meetingExists: true, segment: { id: 'panel-1', kind: 'panel' } }))
      .thenFails('INVALID_STATE');
    spec(speakersDecider)
      .given([])
      .when(withdraw(memberState('FRA'), { meetingExists: true }))
      .thenFails('NOT_FOUND', /no segment/);
    spec(speakersDecider)
      .given([])
      .when(withdraw(memberState('FRA'), { meetingExists: false }))
      .thenFails('NOT_FOUND', /no meeting/);
  });

  it('lets the State inscribe again, and no longer counts it when the list closes', () => {
    const history = [inscribed('FRA', 'member-state'), inscribed('DEU', 'member-state'), withdrawn('FRA')];
    spec(speakersDecider)
      .given(history)
      .when(inscribe(memberState('FRA'), 'head-of-state'))
      .then([inscribed('FRA', 'member-state', 'head-of-state')]);
    spec(speakersDecider)
      .given(history)
      .when(close())
      .then([closed(1)]);
  });
});

describe('closing a list of speakers', () => {
  it('closes the list, counting its inscriptions; closing it again is a no-op', () => {
    spec(speakersDecider)
      .given([inscribed('FRA', 'member-state')])
      .when(close())
      .then([closed(1)]);
    spec(speakersDecider)
      .given([closed(0)])
      .when(close())
      .then([]);
  });

  it('is for the pga only', () => {
    spec(speakersDecider)
      .given([])
      .when(close(memberState('FRA')))
      .thenFails('FORBIDDEN');
  });

  it('is for plenary meetings of the programme', () => {
    spec(speakersDecider)
      .given([])
      .when(close(pga, { meetingExists: true, segment: { id: 'panel-1', kind: 'panel' } }))
      .thenFails('INVALID_STATE');
    spec(speakersDecider)
      .given([])
      .when(close(pga, { meetingExists: true }))
      .thenFails('NOT_FOUND');
  });
});

describe('speaking order', () => {
  const speaker = (name: string, level: Level, delegation: Delegation, seq: number) => ({ name, level, delegation, seq });

  it('orders by level, then Member States before observers, then order of inscription', () => {
    const inscriptions = [
      speaker('EU head of delegation', 'head-of-delegation', 'observer', 1),
      speaker('France minister', 'minister', 'member-state', 2),
      speaker('Holy See minister', 'minister', 'observer', 3),
      speaker('Nigeria head of state', 'head-of-state', 'member-state', 4),
      speaker('Brazil minister', 'minister', 'member-state', 5),
      speaker('Japan head of government', 'head-of-government', 'member-state', 6),
      speaker('Ghana vice-minister', 'vice-minister', 'member-state', 7),
      speaker('Palestine head of state', 'head-of-state', 'observer', 8),
    ];
    expect([...inscriptions].sort(bySpeakingOrder).map((s) => s.name)).toEqual([
      'Nigeria head of state',
      'Palestine head of state',
      'Japan head of government',
      'France minister',
      'Brazil minister',
      'Holy See minister',
      'Ghana vice-minister',
      'EU head of delegation',
    ]);
  });

  it('ranks a Vice-President before a Crown Prince, both between Heads of State and of Government', () => {
    const inscriptions = [
      speaker('head of government', 'head-of-government', 'member-state', 1),
      speaker('crown prince', 'crown-prince', 'member-state', 2),
      speaker('vice-president', 'vice-president', 'member-state', 3),
      speaker('head of state', 'head-of-state', 'member-state', 4),
    ];
    expect([...inscriptions].sort(bySpeakingOrder).map((s) => s.name)).toEqual([
      'head of state',
      'vice-president',
      'crown prince',
      'head of government',
    ]);
  });
});
