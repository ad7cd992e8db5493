import { jest } from '@jest/globals';
import { Page } from 'playwright-core';
import { ConsoleBrowser, expectAccessible, heading, openConsoleBrowser, see, shot, signInAsPga } from '../support/console-browser';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';

/**
 * The PGA office's arrangements in a browser: the programme set through the editor on the meeting's clock
 * (an overlap shown on the segment that caused it, then fixed), a panel's consultation and chair invitation
 * accepted by the invited State, the opening speakers, a list of speakers closed after a confirmation, and
 * finalization, which lists its gaps, then none, then finalizes.
 */

jest.setTimeout(180_000);

const MEETING = 'trafficking-2013';
const ARRANGEMENTS = `/meetings/${MEETING}/arrangements`;

describe('the arrangements of a meeting in the console', () => {
  let t: TestApp;
  let browser: ConsoleBrowser;
  let page: Page;
  let steps: ReturnType<typeof procedure>;

  beforeAll(async () => {
    t = await startTestApp({ now: new Date().toISOString() });
    steps = procedure(t, MEETING);
    await steps.createMeeting();
    await steps.createList('ecosoc', 'ecosoc');
    await steps.propose('ecosoc', [org('La Strada International', 'NLD', { ecosocStatus: 'special' })]);
    browser = await openConsoleBrowser(t);
    ({ page } = await browser.newPage());
    await page.goto(`${browser.base}${ARRANGEMENTS}`);
    await signInAsPga(page);
    await heading(page, 'Arrangements').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  afterEach(() => {
    expect({ browserProblems: browser.takeProblems() }).toEqual({ browserProblems: [] });
  });

  const tab = (name: string) => page.getByRole('navigation', { name: 'Parts of the arrangements' }).getByRole('link', { name });
  const segment = (number: number) => page.getByRole('group', { name: new RegExp(`^Segment ${number}:`) });

  it('lists every gap of the arrangements before anything is set', async () => {
    await see(page.getByText('There is no programme yet.')).toBeVisible();
    await expectAccessible(page, 'programme, empty');
    await tab('Finalization').click();
    await heading(page, 'Arrangements').waitFor();
    const check = page.locator('dl.no-arr-check');
    await see(check).toContainText('There is no programme');
    await see(check).toContainText('Eminent person');
    await see(page.getByText('3 items above are missing.')).toBeVisible();
    expect(await page.getByRole('button', { name: 'Finalize the arrangements' }).count()).toBe(0);
    await expectAccessible(page, 'finalization, with gaps');
    await shot(page, 'arrangements-01-finalization-gaps');
  });

  it('sets the programme on the meeting clock, shows an overlap on its segment, and saves once fixed', async () => {
    await tab('Programme').click();
    await page.getByRole('link', { name: 'Edit the programme' }).click();
    await heading(page, 'Arrangements').waitFor();
    await fillSegment(1, { title: 'Opening plenary', date: '2013-05-13', start: '10:00', end: '11:00' });
    await page.getByRole('button', { name: 'Add a plenary meeting' }).click();
    await fillSegment(2, { title: 'Plenary meeting, morning', start: '11:00', end: '13:00' });
    await page.getByRole('button', { name: 'Add a panel' }).click();
    await fillSegment(3, { title: 'Panel 1', theme: 'Partnerships to protect victims', start: '12:00', end: '15:00' });
    await page.getByRole('button', { name: 'Add the closing plenary' }).click();
    await fillSegment(4, { title: 'Closing plenary', start: '15:00' });
    await see(segment(3).getByRole('textbox', { name: 'Identifier' })).toHaveValue('panel-1');
    await expectAccessible(page, 'programme editor');
    await page.getByRole('button', { name: 'Save the programme' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await see(summary.getByRole('link', { name: /Segment 3: overlaps segment 1/ })).toBeVisible();
    await see(segment(3).getByRole('alert')).toContainText('overlaps segment 1');
    await expectAccessible(page, 'programme editor, with an overlap');
    await shot(page, 'arrangements-02-programme-overlap');

    await summary.getByRole('link', { name: /Segment 3/ }).click();
    await segment(3).getByLabel('Starts (EDT)').fill('13:00');
    await page.getByRole('button', { name: 'Save the programme' }).click();
    await see(page.getByRole('status')).toContainText('The programme is saved.');
    await see(page.getByRole('heading', { name: /Monday,? 13 May 2013/ })).toBeVisible();
    await see(page.getByRole('listitem').filter({ hasText: 'Panel 1' })).toContainText('13:00–15:00 EDT');
    await expectAccessible(page, 'programme timeline');
    await shot(page, 'arrangements-03-programme');

    const stored = (await steps.get(`/v1/meetings/${MEETING}`)).json();
    expect(stored.programme.map((s: { id: string; startsAt: string }) => [s.id, s.startsAt])).toEqual([
      ['opening-plenary', '2013-05-13T14:00:00.000Z'],
      ['plenary-meeting-morning', '2013-05-13T15:00:00.000Z'],
      ['panel-1', '2013-05-13T17:00:00.000Z'],
      ['closing-plenary', '2013-05-13T19:00:00.000Z'],
    ]);
  });

  it('records a consultation, invites a chair who accepts, and shows it accepted', async () => {
    await tab('Panels').click();
    const panel = page.getByRole('region', { name: 'Panel 1' });
    await see(panel).toContainText('No State invited');
    await panel.getByRole('combobox', { name: 'Regional group consulted' }).selectOption('Western European and Others Group');
    await panel.getByRole('textbox', { name: 'Note (optional)' }).fill('Consulted the Chair of the group for May.');
    await panel.getByRole('button', { name: 'Record the consultation' }).click();
    await see(panel.getByRole('status')).toContainText('The consultation of the Western European and Others Group');
    await see(panel.getByRole('cell', { name: 'Consulted the Chair of the group for May.' })).toBeVisible();

    const state = panel.getByRole('combobox', { name: 'Member State to invite' });
    await state.fill('Fran');
    await page.getByRole('option', { name: 'France', exact: true }).click();
    await panel.getByRole('button', { name: 'Invite to chair' }).click();
    await see(panel.getByRole('status')).toContainText('France is invited to chair "Panel 1".');
    await see(panel).toContainText('Invited, no answer yet');
    await expectAccessible(page, 'panels, invited');
    await page.getByRole('button', { name: 'Withdraw the invitation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Withdraw the invitation?' });
    await see(dialog).toContainText('France will no longer be able to accept or decline');
    await expectAccessible(page, 'panels, withdrawal confirmation');
    await dialog.getByRole('button', { name: 'Keep the invitation' }).click();

    const answer = await steps.post(
      `/v1/meetings/${MEETING}/panels/panel-1/chair-invitation/response`,
      { accept: true },
      bearer('member-state', 'FRA'),
    );
    expect(answer.statusCode).toBe(200);
    await page.reload();
    await see(page.getByRole('region', { name: 'Panel 1' })).toContainText('Accepted');
    await shot(page, 'arrangements-04-panels');
  });

  it('identifies the opening speakers, the NGO representative among approved ECOSOC organizations', async () => {
    await tab('Opening speakers').click();
    const eminent = page.locator('form').filter({ hasText: 'Save the eminent person' });
    await eminent.getByRole('textbox', { name: 'Name' }).fill('Ms. A. Eminent');
    await eminent.getByRole('button', { name: 'Save the eminent person' }).click();
    await see(page.getByRole('status')).toContainText('Ms. A. Eminent is identified as the Eminent person.');

    const ngo = page.locator('form').filter({ hasText: 'Save the NGO representative' });
    await ngo.getByRole('combobox', { name: 'Organization' }).click();
    await page.getByRole('option', { name: 'La Strada International (NLD)' }).click();
    await ngo.getByRole('textbox', { name: 'Name of the representative' }).fill('Mr. B. Representative');
    await ngo.getByRole('button', { name: 'Save the NGO representative' }).click();
    await see(page.getByRole('status')).toContainText('Mr. B. Representative is identified');
    await see(page.getByRole('row', { name: /Representative of an NGO/ })).toContainText('La Strada International');
    await expectAccessible(page, 'opening speakers');
    await shot(page, 'arrangements-05-opening-speakers');
  });

  it('shows a list of speakers in speaking order and closes it after a confirmation', async () => {
    const inscribe = (state: string, level: string, speakerName: string) =>
      steps.post(
        `/v1/meetings/${MEETING}/speakers`,
        { segmentId: 'plenary-meeting-morning', level, speakerName },
        bearer('member-state', state),
      );
    expect((await inscribe('FRA', 'minister', 'M. Ministre')).statusCode).toBe(201);
    expect((await inscribe('PHL', 'head-of-state', 'H.E. President')).statusCode).toBe(201);
    await tab('Lists of speakers').click();
    const list = page.getByRole('region', { name: 'Plenary meeting, morning' });
    const rows = list.getByRole('row');
    await see(rows.nth(1)).toContainText('Philippines');
    await see(rows.nth(2)).toContainText('France');
    await expectAccessible(page, 'lists of speakers');
    await list.getByRole('button', { name: 'Close the list of "Plenary meeting, morning"' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close the list of speakers?' });
    await see(dialog).toContainText('will close with 2 speakers');
    await expectAccessible(page, 'lists of speakers, closure confirmation');
    await shot(page, 'arrangements-06-speakers-closure');
    await dialog.getByRole('button', { name: 'Close the list' }).click();
    await see(page.getByRole('status')).toContainText('is closed, with 2 speakers');
    await see(list).toContainText('Closed');
  });

  it('finalizes once nothing is missing, and reopens with a reason', async () => {
    await tab('Finalization').click();
    await see(page.locator('dl.no-arr-check')).toContainText('France: Accepted');
    expect(await page.getByText('Missing', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Finalize the arrangements' }).click();
    const dialog = page.getByRole('dialog', { name: 'Finalize the arrangements?' });
    await see(dialog).toContainText('the programme of 4 segment(s), the chairs of 1 panel(s)');
    await expectAccessible(page, 'finalization, confirmation');
    await shot(page, 'arrangements-07-finalization-confirm');
    await dialog.getByRole('button', { name: 'Finalize', exact: true }).click();
    await see(page.getByRole('status')).toContainText('The arrangements are finalized.');
    await see(page.getByText('Finalized', { exact: true })).toBeVisible();
    expect((await steps.get(`/v1/meetings/${MEETING}`)).json().arrangements.status).toBe('finalized');
    await expectAccessible(page, 'finalization, finalized');
    await shot(page, 'arrangements-08-finalized');

    await page.getByRole('button', { name: 'Reopen the arrangements' }).click();
    await see(page.getByRole('textbox', { name: 'Reason for reopening' })).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('textbox', { name: 'Reason for reopening' }).fill('The chair of panel 1 can no longer attend.');
    await page.getByRole('button', { name: 'Reopen the arrangements' }).click();
    await see(page.getByRole('status')).toContainText('open for changes again');
    await see(page.getByText(/Reopened on .*: The chair of panel 1 can no longer attend\./)).toBeVisible();
  });

  it('reads in French, on the meeting clock', async () => {
    await page.getByRole('button', { name: 'Français' }).click();
    await heading(page, "Modalités d'organisation").waitFor();
    await page.getByRole('navigation', { name: "Volets des modalités d'organisation" }).getByRole('link', { name: 'Programme' }).click();
    await see(page.getByRole('heading', { name: /lundi 13 mai 2013/ })).toBeVisible();
    await see(page.getByRole('listitem').filter({ hasText: 'Panel 1' })).toContainText('Table ronde');
    await expectAccessible(page, 'programme, in French');
    await shot(page, 'arrangements-09-programme-fr');
    await page.getByRole('button', { name: 'English' }).click();
  });

  async function fillSegment(number: number, fields: { title: string; theme?: string; date?: string; start: string; end?: string }) {
    const group = segment(number);
    await group.getByRole('textbox', { name: 'Title' }).fill(fields.title);
    if (fields.theme) await group.getByRole('textbox', { name: 'Theme of the panel' }).fill(fields.theme);
    if (fields.date) await group.getByLabel('Day').fill(fields.date);
    await group.getByLabel(/^Starts/).fill(fields.start);
    if (fields.end) await group.getByLabel(/^Ends/).fill(fields.end);
  }
});
