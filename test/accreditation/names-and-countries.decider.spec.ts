import { ProposeEntries, ListCommand } from '../../src/accreditation/domain/list.commands';
import { listDecider } from '../../src/accreditation/domain/list.decider';
import { listEvent, ListEvent, Organization } from '../../src/accreditation/domain/list.events';
import { DEFAULT_POLICY } from '../../src/accreditation/domain/meeting.events';
import { CreateMeeting, meetingDecider } from '../../src/accreditation/domain/meeting.decider';
import { Actor } from '../../src/kernel/events';
import { DomainError } from '../../src/kernel/domain-error';
import { spec } from '../support/decider-spec';

const ADDRESS = { meetingId: 'trafficking-2013', listId: 'ngo-list' };
const NOW = new Date('2013-03-01T15:00:00Z');
const LATER = new Date('2013-03-20T15:00:00Z');
const pga: Actor = { role: 'pga', subject: 'pga-office' };
const france: Actor = { role: 'member-state', subject: 'fra-mission', state: 'FRA' };
const E = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

const org = (name: string, country = 'NLD'): Organization => ({ name, country, category: 'ngo' });
const created = (): ListEvent =>
  listEvent('ListCreated', { ...ADDRESS, kind: 'non-objection', title: 'Non-governmental organizations', policy: DEFAULT_POLICY });
const proposed = (n: number, organization: Organization) => listEvent('EntryProposed', { entryId: E(n), organization });

const propose = (organizations: Organization[], firstId = 1): ProposeEntries => ({
  ...ADDRESS,
  kind: 'ProposeEntries',
  organizations,
  entryIds: organizations.map((_, i) => E(i + firstId)),
  actor: pga,
  now: NOW,
});

function refusal(events: ListEvent[], command: ListCommand): DomainError {
  try {
    listDecider.decide(
      command,
      events.reduce((state, event) => listDecider.evolve(state, event), listDecider.initialState()),
    );
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the command to be refused');
}

describe('list decider: countries', () => {
  it.each(['FRA', 'VAT', 'PSE', 'TWN'])('accepts an organization based in %s (an assigned ISO code)', (country) => {
    spec(listDecider)
      .given([created()])
      .when(propose([org('Acme', country)]))
      .then([proposed(1, org('Acme', country))]);
  });

  it.each([
    ['a user-assigned code', 'XKX'],
    ['the European Union', 'EUU'],
    ['a code never assigned', 'ABC'],
    ['lower case', 'fra'],
  ])('refuses %s as a country, naming the row and the field', (_what, country) => {
    const error = refusal([created()], propose([org('Fine'), org('Acme', country)]));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toMatch(new RegExp(`Row 1 .*row 1 country: "${country}" is not an assigned ISO 3166-1 alpha-3 code`));
    expect(error.details).toEqual([{ row: 1, field: 'country', problems: [expect.stringContaining(country)] }]);
  });
});

describe('list decider: organization names', () => {
  it('stores the name NFKC-normalized with white space folded', () => {
    spec(listDecider)
      .given([created()])
      .when(propose([org('  Ｌａ\u00A0Strada \n International ')]))
      .then([proposed(1, org('La Strada International'))]);
  });

  it.each([
    ['case and white space', 'LA   STRADA international'],
    ['full-width letters', 'Ｌａ Ｓｔｒａｄａ Ｉｎｔｅｒｎａｔｉｏｎａｌ'],
    ['a zero-width space', 'La Stra\u200Bda International'],
    ['a soft hyphen', 'La Stra\u00ADda International'],
  ])('finds a duplicate that differs by %s', (_what, name) => {
    const error = refusal([created(), proposed(1, org('La Strada International'))], propose([org(name)], 2));
    expect(error.code).toBe('ALREADY_EXISTS');
    expect(error.details).toEqual([{ row: 0, field: 'name', problems: [expect.stringContaining(`entry ${E(1)}`)] }]);
  });

  it('finds duplicates within one request, case-folded (ß and SS)', () => {
    const error = refusal([created()], propose([org('Straße e.V.', 'DEU'), org('STRASSE E.V.', 'DEU')]));
    expect(error.code).toBe('ALREADY_EXISTS');
    expect(error.details).toEqual([{ row: 1, field: 'name', problems: [expect.stringContaining('repeats row 0')] }]);
  });

  it.each([
    ['a control character', 'Acme\u0007', 'contains a control character'],
    ['a right-to-left override', 'Acme \u202Eexe.fdp', 'bidirectional override or isolate'],
    ['an isolate', '\u2067Acme\u2069', 'bidirectional override or isolate'],
    ['only zero-width characters', '\u200B\u200C\u200D', 'has no visible character'],
  ])('refuses a name with %s, naming the row and the field', (_what, name, problem) => {
    const error = refusal([created()], propose([org('Fine'), org('Also fine', 'FRA'), org(name)]));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toMatch(/^Row 2 of the request is not valid: row 2 name: /);
    expect(error.details).toEqual([{ row: 2, field: 'name', problems: [expect.stringContaining(problem)] }]);
  });
});

describe('free text in the accreditation deciders', () => {
  const objectedHistory = (): ListEvent[] => [
    created(),
    proposed(1, org('Acme')),
    listEvent('BatchSubmitted', { batch: 1, deadline: LATER.toISOString(), entryIds: [E(1)] }),
  ];

  it('refuses an unsafe list title', () => {
    const command: ListCommand = {
      ...ADDRESS,
      kind: 'CreateList',
      listKind: 'non-objection',
      title: 'NGOs \u202Egro.',
      meeting: { exists: true },
      actor: pga,
      now: NOW,
    };
    spec(listDecider)
      .given([])
      .when(command)
      .thenFails('VALIDATION_FAILED', /title contains a bidirectional override/);
  });

  it('refuses an unsafe objection reason, and accepts a reason in Arabic', () => {
    const raise = (reason: string): ListCommand => ({ ...ADDRESS, kind: 'RaiseObjection', entryId: E(1), reason, actor: france, now: NOW });
    spec(listDecider)
      .given(objectedHistory())
      .when(raise('\u200B'))
      .thenFails('VALIDATION_FAILED', /reason has no visible character/);
    spec(listDecider)
      .given(objectedHistory())
      .when(raise('لا تستوفي المعايير'))
      .then([listEvent('ObjectionRaised', { entryId: E(1), batch: 1, state: 'FRA', onBehalfOf: [], reason: 'لا تستوفي المعايير' })]);
  });

  it('refuses an unsafe General Assembly reference', () => {
    const history = [
      created(),
      proposed(1, org('Acme')),
      listEvent('BatchSubmitted', { batch: 1, deadline: NOW.toISOString(), entryIds: [E(1)] }),
      listEvent('EntryObjected', { entryId: E(1), batch: 1, states: ['FRA'] }),
    ];
    const decide: ListCommand = {
      ...ADDRESS,
      kind: 'RecordGeneralAssemblyDecision',
      entryId: E(1),
      decision: 'approve',
      reference: 'A/67/\u0000',
      actor: pga,
      now: LATER,
    };
    const policyWithAssembly = { ...DEFAULT_POLICY, objectedGoToGeneralAssembly: true };
    const withAssembly = [
      listEvent('ListCreated', { ...ADDRESS, kind: 'non-objection', title: 'NGOs', policy: policyWithAssembly }),
      ...history.slice(1),
    ];
    spec(listDecider)
      .given(withAssembly)
      .when(decide)
      .thenFails('VALIDATION_FAILED', /reference contains a control character/);
  });

  it('refuses an unsafe meeting title, venue or mandate, naming the field', () => {
    const create = (overrides: Partial<CreateMeeting>): CreateMeeting => ({
      kind: 'CreateMeeting',
      meetingId: 'trafficking-2013',
      title: 'Trafficking in persons',
      timezone: 'America/New_York',
      actor: pga,
      now: NOW,
      ...overrides,
    });
    spec(meetingDecider)
      .given([])
      .when(create({ title: '\u2066x' }))
      .thenFails('VALIDATION_FAILED', /title contains a bidirectional/);
    spec(meetingDecider)
      .given([])
      .when(create({ venue: '\u3000' }))
      .thenFails('VALIDATION_FAILED', /venue has no visible character/);
    spec(meetingDecider)
      .given([])
      .when(create({ mandate: ['A/RES/67/190', 'A/\u001b'] }))
      .thenFails('VALIDATION_FAILED', /mandate\.1 contains a control character/);
  });
});
