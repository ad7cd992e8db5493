import { describe, expect, it } from '@jest/globals';
import { EntryFacts } from '../../src/arrangements/domain/arrangements.commands';
import { arrangementsDecider, MissingItem } from '../../src/arrangements/domain/arrangements.decider';
import { arrangementsEvent, ArrangementsEvent } from '../../src/arrangements/domain/arrangements.events';
import { DomainError } from '../../src/kernel/domain-error';
import { spec } from '../support/decider-spec';
import {
  accepted,
  chairsAccepted,
  command,
  complete,
  consulted,
  declined,
  EMINENT,
  ENTRY,
  finalized,
  identified,
  invited,
  memberState,
  NGO_REP,
  programmeSet,
  reopened,
} from './arrangements.fixtures';

const approvedOnEcosoc: EntryFacts = {
  listId: 'ecosoc-ngos',
  listKind: 'ecosoc',
  status: 'approved',
  organization: 'Global Alliance Against Traffic in Women',
};
const eminent = (extra: object = {}) => command({ kind: 'IdentifyOpeningSpeaker', role: 'eminent-person', name: 'A. Eminent', ...extra });
const ngo = (entry: EntryFacts = approvedOnEcosoc, extra: object = {}) =>
  command({
    kind: 'IdentifyOpeningSpeaker',
    role: 'ngo-representative',
    name: 'B. Representative',
    entryId: ENTRY,
    survivor: true,
    entry,
    ...extra,
  });
const finalize = () => command({ kind: 'FinalizeArrangements' });
const reopen = (reason = 'The eminent person cannot attend.') => command({ kind: 'ReopenArrangements', reason });

describe('opening speakers (paragraph 2)', () => {
  it('identifies the eminent person', () => {
    spec(arrangementsDecider)
      .given([])
      .when(eminent())
      .then([identified(EMINENT)]);
    spec(arrangementsDecider)
      .given([])
      .when(eminent({ organization: 'UNODC Goodwill Ambassadors', survivor: true }))
      .then([identified({ ...EMINENT, organization: 'UNODC Goodwill Ambassadors', survivor: true })]);
  });

  it('identifies the NGO representative from an approved entry of an ecosoc list, organization taken from the entry', () => {
    spec(arrangementsDecider)
      .given([])
      .when(ngo())
      .then([identified(NGO_REP)]);
  });

  it('keeps an organization the PGA names for the NGO representative', () => {
    spec(arrangementsDecider)
      .given([])
      .when(ngo(approvedOnEcosoc, { organization: 'GAATW' }))
      .then([identified({ ...NGO_REP, organization: 'GAATW' })]);
  });

  it('needs an entryId for the NGO representative', () => {
    spec(arrangementsDecider)
      .given([])
      .when(ngo(approvedOnEcosoc, { entryId: undefined, entry: undefined }))
      .thenFails('VALIDATION_FAILED', /entryId/);
  });

  it('refuses an entry no list of the meeting has', () => {
    spec(arrangementsDecider)
      .given([])
      .when(ngo(approvedOnEcosoc, { entry: undefined }))
      .thenFails('NOT_FOUND', /No list of meeting "trafficking-2013" has entry/);
  });

  it('refuses an entry of a non-objection list, even approved', () => {
    const other: EntryFacts = { ...approvedOnEcosoc, listId: 'other-ngos', listKind: 'non-objection' };
    spec(arrangementsDecider)
      .given([])
      .when(ngo(other))
      .thenFails('INVALID_STATE', /non-objection list; the NGO representative comes from an ecosoc list/);
  });

  it('refuses an entry of an ecosoc list that is not approved (withdrawn)', () => {
    spec(arrangementsDecider)
      .given([])
      .when(ngo({ ...approvedOnEcosoc, status: 'withdrawn' }))
      .thenFails('INVALID_STATE', /withdrawn, not approved/);
  });

  it('refuses an entryId for the eminent person, and a blank name', () => {
    spec(arrangementsDecider)
      .given([])
      .when(eminent({ entryId: ENTRY }))
      .thenFails('VALIDATION_FAILED', /eminent person has none/);
    spec(arrangementsDecider)
      .given([])
      .when(eminent({ name: ' ' }))
      .thenFails('VALIDATION_FAILED');
  });

  it('refuses a fixed role (they speak by virtue of office)', () => {
    spec(arrangementsDecider)
      .given([])
      .when(eminent({ role: 'secretary-general' }))
      .thenFails('VALIDATION_FAILED');
  });

  it('replaces a speaker, and treats the same speaker again as a no-op', () => {
    spec(arrangementsDecider)
      .given([identified(EMINENT)])
      .when(eminent({ name: 'C. Eminent' }))
      .then([identified({ ...EMINENT, name: 'C. Eminent' })]);
    spec(arrangementsDecider)
      .given([identified(EMINENT)])
      .when(eminent())
      .then([]);
  });

  it('is for the pga only', () => {
    spec(arrangementsDecider)
      .given([])
      .when({ ...eminent(), actor: memberState('FRA') })
      .thenFails('FORBIDDEN');
  });

  it('is refused once the arrangements are finalized, unless nothing changes', () => {
    spec(arrangementsDecider)
      .given([...complete(), finalized()])
      .when(eminent({ name: 'C. Eminent' }))
      .thenFails('INVALID_STATE', /finalized/);
    spec(arrangementsDecider)
      .given([...complete(), finalized()])
      .when(eminent())
      .then([]);
  });
});

describe('finalization (paragraph 10)', () => {
  function missingOf(events: ArrangementsEvent[]) {
    try {
      arrangementsDecider.decide(
        finalize(),
        events.reduce((folded, event) => arrangementsDecider.evolve(folded, event), arrangementsDecider.initialState()),
      );
    } catch (error) {
      expect((error as DomainError).code).toBe('ARRANGEMENTS_INCOMPLETE');
      return ((error as DomainError).details as { missing: MissingItem[] }).missing;
    }
    throw new Error('finalized');
  }

  it('finalizes complete arrangements', () => {
    spec(arrangementsDecider).given(complete()).when(finalize()).then([finalized()]);
  });

  it('lists every gap of an empty meeting: the programme and both opening speakers', () => {
    expect(missingOf([]).map(({ item, role }) => ({ item, role }))).toEqual([
      { item: 'programme', role: undefined },
      { item: 'opening-speaker', role: 'eminent-person' },
      { item: 'opening-speaker', role: 'ngo-representative' },
    ]);
  });

  it('names each panel without an accepted chair: none invited, invited, declined', () => {
    const events = [
      programmeSet(),
      consulted('panel-2', 'African Group'),
      invited('panel-2', 'NGA', 'African Group'),
      identified(EMINENT),
      identified(NGO_REP),
    ];
    expect(missingOf(events)).toEqual([
      expect.objectContaining({ item: 'panel-chair', panelId: 'panel-1', message: expect.stringMatching(/no State is invited/) }),
      expect.objectContaining({ item: 'panel-chair', panelId: 'panel-2', message: expect.stringMatching(/NGA is invited/) }),
    ]);
    expect(missingOf([...events, declined('panel-2', 'NGA')])[1].message).toMatch(/NGA is declined/);
  });

  it('names the one opening speaker still missing', () => {
    expect(missingOf([programmeSet(), ...chairsAccepted(), identified(NGO_REP)])).toEqual([
      expect.objectContaining({ item: 'opening-speaker', role: 'eminent-person' }),
    ]);
  });

  it('is a no-op when already finalized', () => {
    spec(arrangementsDecider)
      .given([...complete(), finalized()])
      .when(finalize())
      .then([]);
  });

  it('is for the pga only', () => {
    spec(arrangementsDecider)
      .given(complete())
      .when({ ...finalize(), actor: memberState('FRA') })
      .thenFails('FORBIDDEN');
  });
});

describe('reopening (paragraph 10)', () => {
  it('reopens finalized arrangements with a reason', () => {
    spec(arrangementsDecider)
      .given([...complete(), finalized()])
      .when(reopen())
      .then([reopened('The eminent person cannot attend.')]);
  });

  it('refuses to reopen open arrangements, or without a reason', () => {
    spec(arrangementsDecider)
      .given(complete())
      .when(reopen())
      .thenFails('INVALID_STATE', /nothing to reopen/);
    spec(arrangementsDecider)
      .given([...complete(), finalized()])
      .when(reopen('  '))
      .thenFails('VALIDATION_FAILED');
  });

  it('lets the arrangements change and be finalized again', () => {
    const history = [...complete(), finalized(), reopened()];
    spec(arrangementsDecider)
      .given(history)
      .when(eminent({ name: 'C. Eminent' }))
      .thenContains([{ type: 'OpeningSpeakerIdentified' }]);
    spec(arrangementsDecider).given(history).when(finalize()).then([finalized()]);
  });

  it('is for the pga only', () => {
    spec(arrangementsDecider)
      .given([...complete(), finalized()])
      .when({ ...reopen(), actor: memberState('PHL') })
      .thenFails('FORBIDDEN');
  });
});

describe('the arrangements stream', () => {
  it('refuses every command on a meeting that does not exist', () => {
    spec(arrangementsDecider)
      .given([])
      .when(command({ kind: 'FinalizeArrangements' }, undefined, false))
      .thenFails('NOT_FOUND');
    spec(arrangementsDecider)
      .given([])
      .when({ ...eminent(), meeting: { exists: false } })
      .thenFails('NOT_FOUND');
  });

  it('folds an accepted chair into the state', () => {
    const state = [
      programmeSet(),
      consulted('panel-1', 'Asia-Pacific Group'),
      invited('panel-1', 'PHL', 'Asia-Pacific Group'),
      accepted('panel-1', 'PHL'),
    ].reduce((folded, event) => arrangementsDecider.evolve(folded, event), arrangementsDecider.initialState());
    expect(state.panels[0]).toEqual({
      id: 'panel-1',
      consultedGroups: ['Asia-Pacific Group'],
      chair: { state: 'PHL', regionalGroup: 'Asia-Pacific Group', status: 'accepted' },
    });
    expect(arrangementsEvent('ArrangementsReopened', { reason: 'x' }).schemaVersion).toBe(1);
  });
});
