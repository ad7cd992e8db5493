import { describe, it } from '@jest/globals';
import { arrangementsDecider } from '../../src/arrangements/domain/arrangements.decider';
import { arrangementsEvent } from '../../src/arrangements/domain/arrangements.events';
import { spec } from '../support/decider-spec';
import {
  accepted,
  auditor,
  chairsAccepted,
  command,
  complete,
  consulted,
  declined,
  finalized,
  invited,
  memberState,
  observer,
  pga,
  programmeSet,
  reopened,
} from './arrangements.fixtures';

const consult = (panelId: string, regionalGroup: string, note?: string) =>
  command({ kind: 'ConsultRegionalGroup', panelId, regionalGroup, ...(note ? { note } : {}) });
const invite = (panelId: string, state: string) => command({ kind: 'InviteChair', panelId, state });
const withdraw = (panelId: string, actor = pga) => command({ kind: 'WithdrawChairInvitation', panelId }, actor);
const withdrawn = (panelId: string, state: string) => arrangementsEvent('ChairInvitationWithdrawn', { panelId, state });
const respond = (panelId: string, state: string, accept: boolean) =>
  command({ kind: 'RespondToChairInvitation', panelId, accept }, memberState(state));
const summary = (panelId: string, text: string, actor = pga) => command({ kind: 'RecordPanelSummary', panelId, text }, actor);

const philippinesInvited = () => [
  programmeSet(),
  consulted('panel-1', 'Asia-Pacific Group'),
  invited('panel-1', 'PHL', 'Asia-Pacific Group'),
];

describe('consultations with regional groups (paragraph 3)', () => {
  it('records a consultation with a regional group on a panel, with an optional note', () => {
    spec(arrangementsDecider)
      .given([programmeSet()])
      .when(consult('panel-1', 'African Group', ' Chair of the group, 2 May '))
      .then([
        arrangementsEvent('RegionalGroupConsulted', {
          panelId: 'panel-1',
          regionalGroup: 'African Group',
          note: 'Chair of the group, 2 May',
        }),
      ]);
  });

  it('refuses a name that is not one of the five regional groups', () => {
    spec(arrangementsDecider)
      .given([programmeSet()])
      .when(consult('panel-1', 'Arab Group'))
      .thenFails('VALIDATION_FAILED', /not a regional group/);
  });

  it('refuses a panel that is not in the programme, or a segment that is not a panel', () => {
    spec(arrangementsDecider)
      .given([])
      .when(consult('panel-1', 'African Group'))
      .thenFails('NOT_FOUND', /no panel "panel-1"/);
    spec(arrangementsDecider)
      .given([programmeSet()])
      .when(consult('plenary-1', 'African Group'))
      .thenFails('NOT_FOUND', /panel-1", "panel-2"/);
  });

  it('is for the pga only', () => {
    spec(arrangementsDecider)
      .given([programmeSet()])
      .when({ ...consult('panel-1', 'African Group'), actor: auditor })
      .thenFails('FORBIDDEN');
  });

  it('stays possible once the arrangements are finalized (it records what happened)', () => {
    spec(arrangementsDecider)
      .given([...complete(), finalized()])
      .when(consult('panel-1', 'African Group'))
      .thenContains([{ type: 'RegionalGroupConsulted' }]);
  });
});

describe('chair invitations (paragraph 3)', () => {
  it('invites a Member State once its regional group was consulted on the panel, noting the group', () => {
    spec(arrangementsDecider)
      .given([programmeSet(), consulted('panel-1', 'Asia-Pacific Group')])
      .when(invite('panel-1', 'PHL'))
      .then([invited('panel-1', 'PHL', 'Asia-Pacific Group')]);
  });

  it("refuses an invitation before the State's regional group was consulted on this panel", () => {
    spec(arrangementsDecider)
      .given([programmeSet()])
      .when(invite('panel-1', 'PHL'))
      .thenFails('INVALID_STATE', /Consult the Asia-Pacific Group/);
    spec(arrangementsDecider)
      .given([programmeSet(), consulted('panel-2', 'Asia-Pacific Group')])
      .when(invite('panel-1', 'PHL'))
      .thenFails('INVALID_STATE', /Consult the Asia-Pacific Group on panel "panel-1"/);
  });

  it('refuses a chair that is not a Member State (an observer, an unknown code)', () => {
    spec(arrangementsDecider)
      .given([programmeSet()])
      .when(invite('panel-1', 'VAT'))
      .thenFails('VALIDATION_FAILED', /not a Member State/);
    spec(arrangementsDecider).given([programmeSet()]).when(invite('panel-1', 'XYZ')).thenFails('VALIDATION_FAILED');
  });

  it('refuses a second invitation while one is pending or accepted', () => {
    const more = [consulted('panel-1', 'African Group')];
    spec(arrangementsDecider)
      .given([...philippinesInvited(), ...more])
      .when(invite('panel-1', 'NGA'))
      .thenFails('INVALID_STATE', /invited \(PHL\)/);
    spec(arrangementsDecider)
      .given([...philippinesInvited(), accepted('panel-1', 'PHL'), ...more])
      .when(invite('panel-1', 'NGA'))
      .thenFails('INVALID_STATE', /accepted \(PHL\)/);
  });

  it('invites another State once the invitation is declined', () => {
    spec(arrangementsDecider)
      .given([...philippinesInvited(), declined('panel-1', 'PHL'), consulted('panel-1', 'African Group')])
      .when(invite('panel-1', 'NGA'))
      .then([invited('panel-1', 'NGA', 'African Group')]);
  });

  it('never has two panels chaired from the same regional group, invited or accepted', () => {
    const otherPanel = [consulted('panel-2', 'Asia-Pacific Group')];
    spec(arrangementsDecider)
      .given([...philippinesInvited(), ...otherPanel])
      .when(invite('panel-2', 'JPN'))
      .thenFails('INVALID_STATE', /same regional group/);
    spec(arrangementsDecider)
      .given([...philippinesInvited(), accepted('panel-1', 'PHL'), ...otherPanel])
      .when(invite('panel-2', 'JPN'))
      .thenFails('INVALID_STATE', /Panel "panel-1" is already chaired from the Asia-Pacific Group/);
  });

  it("frees the regional group when the other panel's invitation is declined", () => {
    spec(arrangementsDecider)
      .given([...philippinesInvited(), declined('panel-1', 'PHL'), consulted('panel-2', 'Asia-Pacific Group')])
      .when(invite('panel-2', 'JPN'))
      .then([invited('panel-2', 'JPN', 'Asia-Pacific Group')]);
  });

  it('is for the pga only, and refused once the arrangements are finalized', () => {
    spec(arrangementsDecider)
      .given([programmeSet(), consulted('panel-1', 'Asia-Pacific Group')])
      .when({ ...invite('panel-1', 'PHL'), actor: memberState('PHL') })
      .thenFails('FORBIDDEN');
    spec(arrangementsDecider)
      .given([...complete(), finalized()])
      .when(invite('panel-1', 'PHL'))
      .thenFails('INVALID_STATE', /finalized/);
  });

  it('refuses a panel that is not in the programme', () => {
    spec(arrangementsDecider).given([programmeSet()]).when(invite('panel-9', 'PHL')).thenFails('NOT_FOUND');
  });
});

describe('withdrawing a chair invitation', () => {
  /** Reopened, panel 2's chair declined and Nigeria invited in its place. */
  const nigeriaInvited = () => [
    ...complete(),
    finalized(),
    reopened(),
    declined('panel-2', 'BLR'),
    consulted('panel-2', 'African Group'),
    invited('panel-2', 'NGA', 'African Group'),
  ];

  it('withdraws an invitation not yet answered, naming the State', () => {
    spec(arrangementsDecider)
      .given(philippinesInvited())
      .when(withdraw('panel-1'))
      .then([withdrawn('panel-1', 'PHL')]);
  });

  it('refuses where no invitation is pending: none, already withdrawn, accepted or declined', () => {
    spec(arrangementsDecider)
      .given([programmeSet()])
      .when(withdraw('panel-1'))
      .thenFails('INVALID_STATE', /No State is invited .* no invitation to withdraw/);
    spec(arrangementsDecider)
      .given([...philippinesInvited(), withdrawn('panel-1', 'PHL')])
      .when(withdraw('panel-1'))
      .thenFails('INVALID_STATE', /No State is invited/);
    spec(arrangementsDecider)
      .given([...philippinesInvited(), accepted('panel-1', 'PHL')])
      .when(withdraw('panel-1'))
      .thenFails('INVALID_STATE', /PHL has already accepted .* only an unanswered invitation/);
    spec(arrangementsDecider)
      .given([...philippinesInvited(), declined('panel-1', 'PHL')])
      .when(withdraw('panel-1'))
      .thenFails('INVALID_STATE', /PHL has already declined/);
  });

  it('is for the pga only', () => {
    spec(arrangementsDecider)
      .given(philippinesInvited())
      .when(withdraw('panel-1', memberState('PHL')))
      .thenFails('FORBIDDEN');
    spec(arrangementsDecider).given(philippinesInvited()).when(withdraw('panel-1', auditor)).thenFails('FORBIDDEN');
  });

  it('is refused once the arrangements are finalized, and taken again once reopened', () => {
    spec(arrangementsDecider)
      .given([...complete(), finalized()])
      .when(withdraw('panel-1'))
      .thenFails('INVALID_STATE', /finalized; reopen them/);
    spec(arrangementsDecider)
      .given(nigeriaInvited())
      .when(withdraw('panel-2'))
      .then([withdrawn('panel-2', 'NGA')]);
  });

  it('refuses a panel that is not in the programme', () => {
    spec(arrangementsDecider)
      .given([programmeSet()])
      .when(withdraw('panel-9'))
      .thenFails('NOT_FOUND', /no panel "panel-9"/);
  });

  it('frees the panel: it may be invited again, from another group or the same State', () => {
    const history = [...philippinesInvited(), withdrawn('panel-1', 'PHL'), consulted('panel-1', 'African Group')];
    spec(arrangementsDecider)
      .given(history)
      .when(invite('panel-1', 'NGA'))
      .then([invited('panel-1', 'NGA', 'African Group')]);
    spec(arrangementsDecider)
      .given(history)
      .when(invite('panel-1', 'PHL'))
      .then([invited('panel-1', 'PHL', 'Asia-Pacific Group')]);
  });

  it("no longer counts the withdrawn State's regional group against the other panels", () => {
    spec(arrangementsDecider)
      .given([...philippinesInvited(), withdrawn('panel-1', 'PHL'), consulted('panel-2', 'Asia-Pacific Group')])
      .when(invite('panel-2', 'JPN'))
      .then([invited('panel-2', 'JPN', 'Asia-Pacific Group')]);
  });

  it('leaves the withdrawn State nothing to answer', () => {
    spec(arrangementsDecider)
      .given([...philippinesInvited(), withdrawn('panel-1', 'PHL')])
      .when(respond('panel-1', 'PHL', true))
      .thenFails('INVALID_STATE', /no invitation to answer/);
  });

  it('leaves a panel without a chair, which finalization names', () => {
    spec(arrangementsDecider)
      .given([...nigeriaInvited(), withdrawn('panel-2', 'NGA')])
      .when(command({ kind: 'FinalizeArrangements' }))
      .thenFails('ARRANGEMENTS_INCOMPLETE', /Panel "panel-2" has no chair who accepted \(no State is invited\)/);
  });
});

describe('answers to invitations (paragraph 3)', () => {
  it('lets the invited State accept or decline', () => {
    spec(arrangementsDecider)
      .given(philippinesInvited())
      .when(respond('panel-1', 'PHL', true))
      .then([accepted('panel-1', 'PHL')]);
    spec(arrangementsDecider)
      .given(philippinesInvited())
      .when(respond('panel-1', 'PHL', false))
      .then([declined('panel-1', 'PHL')]);
  });

  it('refuses an answer from any other State with FORBIDDEN', () => {
    spec(arrangementsDecider)
      .given(philippinesInvited())
      .when(respond('panel-1', 'FRA', true))
      .thenFails('FORBIDDEN', /addressed to PHL/);
  });

  it('refuses an answer from the pga or an observer', () => {
    spec(arrangementsDecider)
      .given(philippinesInvited())
      .when({ ...respond('panel-1', 'PHL', true), actor: pga })
      .thenFails('FORBIDDEN');
    spec(arrangementsDecider)
      .given(philippinesInvited())
      .when({ ...respond('panel-1', 'PHL', true), actor: observer('VAT') })
      .thenFails('FORBIDDEN');
  });

  it('refuses an answer where no invitation is pending', () => {
    spec(arrangementsDecider)
      .given([programmeSet()])
      .when(respond('panel-1', 'PHL', true))
      .thenFails('INVALID_STATE', /No State is invited to chair panel "panel-1"/);
    spec(arrangementsDecider)
      .given([...philippinesInvited(), accepted('panel-1', 'PHL')])
      .when(respond('panel-1', 'PHL', false))
      .thenFails('INVALID_STATE', /already accepted/);
    spec(arrangementsDecider)
      .given([...philippinesInvited(), declined('panel-1', 'PHL')])
      .when(respond('panel-1', 'PHL', true))
      .thenFails('INVALID_STATE', /already declined/);
  });

  it('refuses an answer once the arrangements are finalized, and takes it again once reopened', () => {
    const history = [
      ...complete(),
      finalized(),
      reopened(),
      declined('panel-2', 'BLR'),
      consulted('panel-2', 'African Group'),
      invited('panel-2', 'NGA', 'African Group'),
    ];
    spec(arrangementsDecider)
      .given([...history, finalized()])
      .when(respond('panel-2', 'NGA', true))
      .thenFails('INVALID_STATE', /finalized/);
    spec(arrangementsDecider)
      .given(history)
      .when(respond('panel-2', 'NGA', true))
      .then([accepted('panel-2', 'NGA')]);
  });
});

describe("the chair's summary (paragraph 3(c))", () => {
  const chaired = () => [programmeSet(), ...chairsAccepted()];
  const recorded = (panelId: string, chair: string, text: string) => arrangementsEvent('PanelSummaryRecorded', { panelId, chair, text });

  it('is recorded by the chair or by the pga', () => {
    spec(arrangementsDecider)
      .given(chaired())
      .when(summary('panel-1', 'Partnerships protect victims.', memberState('PHL')))
      .then([recorded('panel-1', 'PHL', 'Partnerships protect victims.')]);
    spec(arrangementsDecider)
      .given(chaired())
      .when(summary('panel-2', 'Prevention works.'))
      .then([recorded('panel-2', 'BLR', 'Prevention works.')]);
  });

  it('is refused to another State, even the chair of the other panel', () => {
    spec(arrangementsDecider)
      .given(chaired())
      .when(summary('panel-1', 'Text', memberState('BLR')))
      .thenFails('FORBIDDEN', /chair of panel "panel-1" \(PHL\)/);
    spec(arrangementsDecider)
      .given(chaired())
      .when(summary('panel-1', 'Text', auditor))
      .thenFails('FORBIDDEN');
  });

  it('needs a chair who accepted', () => {
    spec(arrangementsDecider)
      .given(philippinesInvited())
      .when(summary('panel-1', 'Text'))
      .thenFails('INVALID_STATE', /no chair who accepted/);
    spec(arrangementsDecider)
      .given(philippinesInvited())
      .when(summary('panel-1', 'Text', memberState('PHL')))
      .thenFails('FORBIDDEN');
  });

  it('refuses a blank summary', () => {
    spec(arrangementsDecider).given(chaired()).when(summary('panel-1', '   ')).thenFails('VALIDATION_FAILED');
  });

  it('is recorded after finalization (it is presented at the closing plenary)', () => {
    spec(arrangementsDecider)
      .given([...complete(), finalized()])
      .when(summary('panel-1', 'Done.'))
      .then([recorded('panel-1', 'PHL', 'Done.')]);
  });
});
