import { jest } from '@jest/globals';
import { Page } from 'playwright-core';
import {
  ConsoleBrowser,
  expectAccessible,
  heading,
  openConsoleBrowser,
  see,
  shot,
  signInAsPga,
  signInAsState,
} from '../support/console-browser';
import { procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import {
  MEETING,
  TITLE,
  ECOSOC,
  ECOSOC_TITLE,
  LIST,
  LIST_TITLE,
  BATCH_PAGE,
  OBJECTED,
  WITHDRAWN,
  PANEL,
  organizationsCsv,
  tomorrowInNewYork,
} from './procedure-2013.data';

/**
 * The 2013 procedure (resolution 67/190) played through the console, as the people would: the PGA office creates
 * the meeting and its lists, imports 20 organizations and submits them; France objects on behalf of Germany, Egypt
 * objects then withdraws; the deadline passes and each role sees the outcome; the PGA office sets the programme,
 * a State accepts to chair the panel, and finalization shows its gaps, then none, and finalizes.
 */

jest.setTimeout(180_000);
describe('the 2013 procedure, through the console', () => {
  let t: TestApp;
  let browser: ConsoleBrowser;
  let pga: Page;
  let steps: ReturnType<typeof procedure>;

  beforeAll(async () => {
    t = await startTestApp({ now: new Date().toISOString() });
    steps = procedure(t, MEETING);
    browser = await openConsoleBrowser(t);
    ({ page: pga } = await browser.newPage());
    await pga.goto(`${browser.base}/`);
    await signInAsPga(pga);
    await heading(pga, 'Meetings').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  afterEach(() => {
    expect({ browserProblems: browser.takeProblems() }).toEqual({ browserProblems: [] });
  });

  async function signedInAs(state: string, path?: string): Promise<Page> {
    const { page } = await browser.newPage();
    await page.goto(`${browser.base}/sign-in`);
    await signInAsState(page, state);
    await heading(page, 'Awaiting your consideration').waitFor();
    if (path) await page.goto(`${browser.base}${path}`);
    return page;
  }

  const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();
  const entry = (page: Page, name: string) => page.getByRole('article', { name });
  const listResult = () => pga.locator('.no-result');

  it('the PGA office creates the meeting with the form', async () => {
    await pga.getByRole('link', { name: 'New meeting' }).click();
    await heading(pga, 'New meeting').waitFor();
    await pga.getByRole('textbox', { name: 'Title' }).fill(TITLE);
    await pga.getByRole('textbox', { name: 'Identifier' }).fill(MEETING);
    await pga.getByRole('textbox', { name: 'Venue (optional)' }).fill('United Nations Headquarters, New York');
    await pga.getByRole('radio', { name: 'Which organizations were objected to, and by which States' }).check();
    await shot(pga, 'procedure-01-new-meeting');
    await pga.getByRole('button', { name: 'Create meeting' }).click();
    await heading(pga, 'Meetings').waitFor();
    await see(pga.getByRole('status')).toContainText(MEETING);
    const stored = (await steps.get(`/v1/meetings/${MEETING}`)).json();
    expect(stored).toMatchObject({ title: TITLE, timezone: 'America/New_York' });
  });

  it('on its dashboard, creates the ECOSOC list (paragraph 8) and the non-objection list (paragraph 9)', async () => {
    await pga.getByRole('link', { name: TITLE }).click();
    await heading(pga, TITLE).waitFor();
    await createList(ECOSOC_TITLE, ECOSOC, 'Organizations in consultative status with ECOSOC (paragraph 8)');
    await createList(LIST_TITLE, LIST, 'Other organizations, on a non-objection basis (paragraph 9)');
    const lists = pga.getByRole('region', { name: 'Lists of organizations' });
    await see(lists.getByRole('row').filter({ has: pga.getByRole('link', { name: ECOSOC_TITLE }) })).toContainText('ECOSOC, paragraph 8');
    await see(lists.getByRole('row').filter({ has: pga.getByRole('link', { name: LIST_TITLE }) })).toContainText(
      'Non-objection, paragraph 9',
    );
    await expectAccessible(pga, 'dashboard with two lists');
    await shot(pga, 'procedure-02-dashboard-lists');
  });

  it('adds an ECOSOC organization, imports 20 organizations from a file and submits them with a deadline a day ahead', async () => {
    await pga.getByRole('region', { name: 'Lists of organizations' }).getByRole('link', { name: ECOSOC_TITLE }).click();
    await heading(pga, ECOSOC_TITLE).waitFor();
    await addEcosocOrganization('La Strada International', 'Neth', 'Netherlands (Kingdom of the)');

    await pga.goto(`${browser.base}/meetings/${MEETING}/lists/${LIST}`);
    await heading(pga, LIST_TITLE).waitFor();
    await pga.getByRole('link', { name: 'Import a file' }).click();
    await heading(pga, 'Import organizations from a file').waitFor();
    await pga
      .getByLabel('Choose a CSV or XLSX file')
      .setInputFiles({ name: 'organizations.csv', mimeType: 'text/csv', buffer: organizationsCsv() });
    await pga.getByRole('button', { name: 'Check the file' }).click();
    await see(pga.getByRole('status').filter({ hasText: 'All 20 rows can be imported.' })).toBeVisible();
    await pga.getByRole('button', { name: 'Import 20 organizations' }).click();
    await pga.getByRole('dialog', { name: 'Import 20 organizations?' }).getByRole('button', { name: 'Import 20 organizations' }).click();
    await see(pga.getByRole('status').filter({ hasText: '20 organizations imported' })).toBeVisible();
    await shot(pga, 'procedure-03-imported');
    await pga.getByRole('link', { name: 'Back to the list' }).click();
    await heading(pga, LIST_TITLE).waitFor();

    await pga.getByRole('button', { name: 'Submit to Member States (20 proposed)' }).click();
    const dialog = pga.getByRole('dialog', { name: 'Submit to Member States' });
    await dialog.getByLabel('Date').fill(tomorrowInNewYork(t.clock.now()));
    await dialog.getByLabel('Time').fill('18:00');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    const check = pga.getByRole('dialog', { name: 'Check before submitting' });
    await see(check).toContainText('20 entries will go under consideration');
    await see(check).toContainText(/Until .* 18:00 (EDT|EST|GMT-4|GMT-5)/);
    await expectAccessible(pga, 'submit, check');
    await shot(pga, 'procedure-04-submit-check');
    await check.getByRole('button', { name: 'Submit 20 entries' }).click();
    await see(listResult()).toContainText('Batch 1 submitted: 20 entries under consideration until');
    expect((await steps.list(LIST)).batches).toHaveLength(1);
  });

  it('France objects to one organization with a reason, on behalf of Germany', async () => {
    const page = await signedInAs('France');
    await page
      .getByRole('row')
      .filter({ hasText: LIST_TITLE })
      .getByRole('link', { name: `${LIST_TITLE}, batch 1` })
      .click();
    await heading(page, LIST_TITLE).waitFor();
    await see(page.getByText('20 organizations')).toBeVisible();
    await entry(page, OBJECTED)
      .getByRole('button', { name: `Object to ${OBJECTED}` })
      .click();
    const dialog = page.getByRole('dialog', { name: `Object to ${OBJECTED}` });
    await dialog.getByRole('textbox', { name: 'Reason (optional)' }).fill('Not related to the purpose of the meeting.');
    await dialog.locator('input:visible').and(dialog.getByLabel('Also on behalf of (optional)')).fill('Germ');
    await dialog.getByRole('option', { name: 'Germany', exact: true }).click();
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await see(dialog).toContainText(`Check your objection to ${OBJECTED}`);
    await dialog.getByRole('button', { name: 'Send the objection' }).click();
    await status(page, `Your mission's objection to ${OBJECTED} was recorded.`);
    await see(entry(page, OBJECTED)).toContainText('Also on behalf of: Germany.');
    await expectAccessible(page, 'batch, France objected');
    await shot(page, 'procedure-05-france-objected');
    await page.context().close();
  });

  it('Egypt objects to another organization, then withdraws its objection', async () => {
    const page = await signedInAs('Egypt', BATCH_PAGE);
    await heading(page, LIST_TITLE).waitFor();
    await entry(page, WITHDRAWN)
      .getByRole('button', { name: `Object to ${WITHDRAWN}` })
      .click();
    const dialog = page.getByRole('dialog', { name: `Object to ${WITHDRAWN}` });
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.getByRole('button', { name: 'Send the objection' }).click();
    await status(page, `Your mission's objection to ${WITHDRAWN} was recorded.`);
    // Egypt sees only its own objection before the deadline, not France's.
    expect(
      await entry(page, OBJECTED)
        .getByRole('button', { name: `Object to ${OBJECTED}` })
        .count(),
    ).toBe(1);

    await entry(page, WITHDRAWN)
      .getByRole('button', { name: `Withdraw objection to ${WITHDRAWN}` })
      .click();
    const withdraw = page.getByRole('dialog', { name: `Withdraw your objection to ${WITHDRAWN}` });
    await withdraw.getByRole('button', { name: 'Withdraw the objection' }).click();
    await status(page, `Your mission's objection to ${WITHDRAWN} was withdrawn.`);
    await see(entry(page, WITHDRAWN).getByRole('button', { name: `Object to ${WITHDRAWN}` })).toBeVisible();
    await page.context().close();

    const objections = (await steps.list(LIST)).entries.flatMap((e: { objections: object[] }) => e.objections);
    expect(objections).toEqual([expect.objectContaining({ state: 'FRA', onBehalfOf: ['DEU'] })]);
  });

  it('the deadline passes: the PGA office sees 19 approved and 1 objected, with the objection on its entry', async () => {
    const { deadline } = (await steps.list(LIST)).batches[0];
    t.clock.set(new Date(new Date(deadline).getTime() + 60_000));
    // The engine's clock jumped a day ahead; the PGA office closes the batch as the scheduler would on its next tick.
    expect((await steps.close(LIST, 1)).statusCode).toBe(200);

    await pga.reload();
    await heading(pga, LIST_TITLE).waitFor();
    await see(pga.getByRole('row').filter({ hasText: 'Closed' })).toContainText('20');
    const table = pga.getByRole('table', { name: 'Entries of the list' });
    await pga.getByRole('searchbox', { name: 'Search' }).fill(OBJECTED);
    await see(table.getByRole('row').nth(1)).toContainText('Objected');
    await table.getByRole('button', { name: OBJECTED }).click();
    const drawer = pga.getByRole('dialog', { name: OBJECTED });
    await see(drawer).toContainText('Objection by France');
    await see(drawer).toContainText('Also on behalf of: Germany');
    await see(drawer).toContainText('Not related to the purpose of the meeting.');
    await expectAccessible(pga, 'list, objected entry');
    await shot(pga, 'procedure-06-pga-objection');
    await pga.keyboard.press('Escape');
    await pga.getByRole('searchbox', { name: 'Search' }).fill(WITHDRAWN);
    await see(table.getByRole('row').nth(1)).toContainText('Approved');
    await pga.getByRole('searchbox', { name: 'Search' }).fill('');

    const statuses = (await steps.list(LIST)).entries.map((e: { status: string }) => e.status);
    expect(statuses.filter((s: string) => s === 'approved')).toHaveLength(19);
    expect(statuses.filter((s: string) => s === 'objected')).toHaveLength(1);
  });

  it('France and Germany see the outcome as the disclosure policy allows', async () => {
    const france = await signedInAs('France', BATCH_PAGE);
    await heading(france, LIST_TITLE).waitFor();
    await see(france.getByText(/The deadline has passed/)).toBeVisible();
    await see(entry(france, WITHDRAWN)).toContainText('Approved: no Member State objected');
    await see(entry(france, OBJECTED)).toContainText('Objected to');
    await see(entry(france, OBJECTED)).toContainText('By France.');
    await expectAccessible(france, 'batch, closed, France');
    await shot(france, 'procedure-07-france-outcome');
    await france.context().close();

    const germany = await signedInAs('Germany', BATCH_PAGE);
    await heading(germany, LIST_TITLE).waitFor();
    await see(entry(germany, OBJECTED)).toContainText('Objected to');
    await see(entry(germany, OBJECTED)).toContainText('By France.');
    await see(entry(germany, OBJECTED)).toContainText('France objected on behalf of your State on');
    await see(entry(germany, 'Polaris Project')).toContainText('Approved: no Member State objected');
    // Another State's reason is never shown to a mission.
    expect(await germany.getByText('Not related to the purpose of the meeting.').count()).toBe(0);
    await shot(germany, 'procedure-08-germany-outcome');
    await germany.context().close();
  });

  it('the PGA office sets the programme in the editor', async () => {
    await pga.goto(`${browser.base}/meetings/${MEETING}/arrangements`);
    await heading(pga, 'Arrangements').waitFor();
    await pga.getByRole('link', { name: 'Edit the programme' }).click();
    await heading(pga, 'Arrangements').waitFor();
    await fillSegment(1, { title: 'Opening plenary meeting', date: '2013-05-13', start: '09:00', end: '10:00' });
    await pga.getByRole('button', { name: 'Add a plenary meeting' }).click();
    await fillSegment(2, { title: 'Plenary meeting', start: '10:00', end: '13:00' });
    await pga.getByRole('button', { name: 'Add a panel' }).click();
    await fillSegment(3, { title: PANEL, theme: 'Effective partnerships to protect and assist victims', start: '15:00', end: '16:30' });
    await pga.getByRole('button', { name: 'Add the closing plenary' }).click();
    await fillSegment(4, { title: 'Closing plenary meeting', start: '18:00' });
    await pga.getByRole('button', { name: 'Save the programme' }).click();
    await see(pga.getByRole('status')).toContainText('The programme is saved.');
    await see(pga.getByRole('listitem').filter({ hasText: PANEL })).toContainText('15:00–16:30 EDT');
    await expectAccessible(pga, 'programme');
    await shot(pga, 'procedure-09-programme');
  });

  it('finalization first lists its gaps', async () => {
    await tab('Finalization').click();
    const check = pga.locator('dl.no-arr-check');
    await see(check).toContainText('Eminent person');
    await see(pga.getByText('3 items above are missing.')).toBeVisible();
    expect(await pga.getByRole('button', { name: 'Finalize the arrangements' }).count()).toBe(0);
    await expectAccessible(pga, 'finalization, gaps');
    await shot(pga, 'procedure-10-finalization-gaps');
  });

  it('records the consultation, invites Germany to chair the panel, and Germany accepts', async () => {
    await tab('Panels').click();
    const panel = pga.getByRole('region', { name: PANEL });
    await panel.getByRole('combobox', { name: 'Regional group consulted' }).selectOption('Western European and Others Group');
    await panel.getByRole('button', { name: 'Record the consultation' }).click();
    await see(panel.getByRole('status')).toContainText('The consultation of the Western European and Others Group');
    await panel.getByRole('combobox', { name: 'Member State to invite' }).fill('Germ');
    await pga.getByRole('option', { name: 'Germany', exact: true }).click();
    await panel.getByRole('button', { name: 'Invite to chair' }).click();
    await see(panel.getByRole('status')).toContainText(`Germany is invited to chair "${PANEL}".`);

    const germany = await signedInAs('Germany');
    await germany.getByRole('link', { name: 'Chair invitations' }).click();
    await heading(germany, 'Chair invitations').waitFor();
    const invitation = entry(germany, PANEL);
    await see(invitation).toContainText('Awaiting your answer');
    await invitation.getByRole('button', { name: `Accept the invitation to chair ${PANEL}` }).click();
    await germany
      .getByRole('dialog', { name: `Accept to chair ${PANEL}` })
      .getByRole('button', { name: 'Accept the invitation' })
      .click();
    await status(germany, `Your State accepted to chair “${PANEL}”.`);
    await see(invitation).toContainText('Accepted: your State chairs this panel');
    await expectAccessible(germany, 'chair invitations, accepted');
    await shot(germany, 'procedure-11-germany-accepts');
    await germany.context().close();

    await pga.reload();
    await see(pga.getByRole('region', { name: PANEL })).toContainText('Accepted');
  });

  it('the gaps narrow to the opening speakers; once identified, none is left and the PGA office finalizes', async () => {
    await tab('Finalization').click();
    await see(pga.getByText('2 items above are missing.')).toBeVisible();

    await tab('Opening speakers').click();
    const eminent = pga.locator('form').filter({ hasText: 'Save the eminent person' });
    await eminent.getByRole('textbox', { name: 'Name' }).fill('Ms. Mira Sorvino');
    await eminent.getByRole('button', { name: 'Save the eminent person' }).click();
    await see(pga.getByRole('status')).toContainText('Ms. Mira Sorvino is identified as the Eminent person.');
    const ngo = pga.locator('form').filter({ hasText: 'Save the NGO representative' });
    await ngo.getByRole('combobox', { name: 'Organization' }).click();
    await pga.getByRole('option', { name: 'La Strada International (NLD)' }).click();
    await ngo.getByRole('textbox', { name: 'Name of the representative' }).fill('Ms. Suzanne Hoff');
    await ngo.getByRole('button', { name: 'Save the NGO representative' }).click();
    await see(pga.getByRole('status')).toContainText('Ms. Suzanne Hoff is identified');

    await tab('Finalization').click();
    await see(pga.locator('dl.no-arr-check')).toContainText('Germany: Accepted');
    expect(await pga.getByText('Missing', { exact: true }).count()).toBe(0);
    await pga.getByRole('button', { name: 'Finalize the arrangements' }).click();
    const dialog = pga.getByRole('dialog', { name: 'Finalize the arrangements?' });
    await see(dialog).toContainText('the programme of 4 segment(s), the chairs of 1 panel(s)');
    await dialog.getByRole('button', { name: 'Finalize', exact: true }).click();
    await see(pga.getByRole('status')).toContainText('The arrangements are finalized.');
    expect((await steps.get(`/v1/meetings/${MEETING}`)).json().arrangements.status).toBe('finalized');
    await expectAccessible(pga, 'finalized');
    await shot(pga, 'procedure-12-finalized');
  });

  const tab = (name: string) => pga.getByRole('navigation', { name: 'Parts of the arrangements' }).getByRole('link', { name });
  const segment = (number: number) => pga.getByRole('group', { name: new RegExp(`^Segment ${number}:`) });

  async function createList(title: string, id: string, kind: string) {
    await pga.getByRole('button', { name: 'New list' }).click();
    await pga.getByRole('textbox', { name: 'Title' }).fill(title);
    await pga.getByRole('textbox', { name: 'Identifier' }).fill(id);
    await pga.getByRole('radio', { name: kind }).check();
    await pga.getByRole('button', { name: 'Create list' }).click();
    await see(pga.getByRole('status')).toContainText(`The list “${id}” was created.`);
  }

  async function addEcosocOrganization(name: string, typed: string, country: string) {
    await pga.getByRole('button', { name: 'Add organization' }).click();
    const dialog = pga.getByRole('dialog', { name: 'Add organization' });
    await dialog.getByRole('textbox', { name: 'Name of the organization' }).fill(name);
    await dialog.getByRole('combobox', { name: 'Country' }).fill(typed);
    await pga.getByRole('option', { name: country, exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Category' }).click();
    await pga.getByRole('option', { name: 'Non-governmental organization' }).click();
    await dialog.getByRole('combobox', { name: 'ECOSOC consultative status' }).click();
    await pga.getByRole('option', { name: 'Special consultative status' }).click();
    await dialog.getByRole('button', { name: 'Add organization' }).click();
    await see(listResult()).toContainText(`${name} was added to the list`);
  }

  async function fillSegment(number: number, fields: { title: string; theme?: string; date?: string; start: string; end?: string }) {
    const group = segment(number);
    await group.getByRole('textbox', { name: 'Title' }).fill(fields.title);
    if (fields.theme) await group.getByRole('textbox', { name: 'Theme of the panel' }).fill(fields.theme);
    if (fields.date) await group.getByLabel('Day').fill(fields.date);
    await group.getByLabel(/^Starts/).fill(fields.start);
    if (fields.end) await group.getByLabel(/^Ends/).fill(fields.end);
  }
});
