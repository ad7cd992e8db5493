import { jest } from '@jest/globals';
import { Page } from 'playwright-core';
import { PROGRAMME_2013 } from '../arrangements/arrangements.fixtures';
import { ConsoleBrowser, expectAccessible, heading, openConsoleBrowser, see, shot, signInAsState, tabTo } from '../support/console-browser';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';

/**
 * The Member State missions' screens in a browser: a batch as a letter (object, on behalf of others, disown,
 * withdraw, the outcome after the deadline), chair invitations, lists of speakers and the reminders' webhook.
 */

jest.setTimeout(120_000);

const MEETING = 'trafficking-2013';
const OPEN_LIST = 'civil-society';
const CLOSED_LIST = 'media';
const BATCH_PAGE = `/meetings/${MEETING}/lists/${OPEN_LIST}/batches/1`;

const SEGMENTS = PROGRAMME_2013.map(({ startsAt, endsAt, ...segment }) => ({
  ...segment,
  startsAt: startsAt.toISOString(),
  ...(endsAt ? { endsAt: endsAt.toISOString() } : {}),
}));

describe('the missions’ console in a browser', () => {
  let t: TestApp;
  let browser: ConsoleBrowser;
  let steps: ReturnType<typeof procedure>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    // The engine's clock is the browser's; private webhook hosts are allowed (nothing resolves names here).
    t = await startTestApp({ now: new Date().toISOString(), env: { WEBHOOK_ALLOW_PRIVATE: 'true' } });
    steps = procedure(t, MEETING);
    await steps.createMeeting({ objectionDisclosure: 'organizations-and-states' });
    await steps.createList(OPEN_LIST, 'non-objection');
    [ids.polaris, ids.strada, ids.walkFree] = await steps.propose(OPEN_LIST, [
      org('Polaris Project', 'USA', { website: 'https://polarisproject.org' }),
      org('La Strada International', 'NLD', { category: 'civil-society' }),
      org('Walk Free', 'AUS', { category: 'academia' }),
    ]);
    await steps.submit(OPEN_LIST, new Date(Date.now() + (4 * 24 + 5) * 3_600_000).toISOString());
    await closedBatch();
    await arrangements();
    browser = await openConsoleBrowser(t);
  }, 60_000);

  /** A batch whose deadline passed: France and Kenya objected to one organization, none to the other. */
  async function closedBatch() {
    await steps.createList(CLOSED_LIST, 'non-objection');
    const [, newsroom] = await steps.propose(CLOSED_LIST, [
      org('Global Voices', 'NLD', { category: 'media' }),
      org('Open Newsroom', 'KEN', { category: 'media' }),
    ]);
    await steps.submit(CLOSED_LIST, new Date(t.clock.now().getTime() + 60_000).toISOString());
    expect((await steps.object(CLOSED_LIST, newsroom, 'FRA', { reason: 'Outside the scope of the meeting.' })).statusCode).toBe(201);
    expect((await steps.object(CLOSED_LIST, newsroom, 'KEN')).statusCode).toBe(201);
    t.clock.advance(120_000);
    expect((await steps.close(CLOSED_LIST, 1)).statusCode).toBe(200);
  }

  /** The 2013 programme, France invited to chair panel 1, Germany inscribed first on the first plenary. */
  async function arrangements() {
    expect((await steps.put(`${steps.base}/programme`, { segments: SEGMENTS })).statusCode).toBe(200);
    expect(
      (await steps.post(`${steps.base}/panels/panel-1/consultations`, { regionalGroup: 'Western European and Others Group' })).statusCode,
    ).toBe(201);
    expect((await steps.post(`${steps.base}/panels/panel-1/chair-invitation`, { state: 'FRA' })).statusCode).toBe(201);
    const inscription = { segmentId: 'plenary-1', level: 'head-of-state', speakerName: 'H.E. Mr. A. President' };
    expect((await steps.post(`${steps.base}/speakers`, inscription, bearer('member-state', 'DEU'))).statusCode).toBe(201);
  }

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

  /** The result message of an action (role="status"); the engine may take a while on two busy cores. */
  const result = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();
  const entry = (page: Page, name: string) => page.getByRole('article', { name });
  const objectionsOn = async (entryId: string) =>
    (await steps.list(OPEN_LIST)).entries.find((e: { id: string }) => e.id === entryId).objections as object[];

  it('France opens the batch from its landing page and objects, with a reason, on behalf of Germany', async () => {
    const page = await signedInAs('France');
    const row = page.getByRole('row').filter({ hasText: 'List civil-society' });
    await see(row).toContainText('Trafficking in persons');
    await expectAccessible(page, 'awaiting your consideration');
    await shot(page, 'mission-01-awaiting');
    await row.getByRole('link', { name: 'List civil-society, batch 1' }).click();

    await heading(page, 'List civil-society').waitFor();
    await see(page.getByText(/^Deadline: /)).toContainText(/(EDT|EST|GMT-4|GMT-5)/);
    await see(page.getByText(/Time left: 4 days [45] h/)).toBeVisible();
    await see(entry(page, 'Polaris Project')).toContainText('United States of America');
    await see(entry(page, 'Polaris Project').getByRole('link', { name: 'https://polarisproject.org' })).toBeVisible();
    await expectAccessible(page, 'batch, open');
    await shot(page, 'mission-02-batch');

    await entry(page, 'Polaris Project').getByRole('button', { name: 'Object to Polaris Project' }).click();
    const dialog = page.getByRole('dialog', { name: 'Object to Polaris Project' });
    await dialog.getByRole('textbox', { name: 'Reason (optional)' }).fill('Not related to the purpose of the meeting.');
    await dialog.locator('input:visible').and(dialog.getByLabel('Also on behalf of (optional)')).fill('Germ');
    await dialog.getByRole('option', { name: 'Germany', exact: true }).click();
    await expectAccessible(page, 'object dialog');
    await shot(page, 'mission-03-object-dialog');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await see(dialog).toContainText('Check your objection to Polaris Project');
    await see(dialog).toContainText('Germany');
    await expectAccessible(page, 'object dialog, check');
    await shot(page, 'mission-04-object-check');
    await dialog.getByRole('button', { name: 'Send the objection' }).click();

    await result(page, "Your mission's objection to Polaris Project was recorded.");
    await see(entry(page, 'Polaris Project')).toContainText('Also on behalf of: Germany.');
    await see(entry(page, 'Polaris Project').getByRole('button', { name: 'Withdraw objection to Polaris Project' })).toBeVisible();
    await shot(page, 'mission-05-objected');
    expect(await objectionsOn(ids.polaris)).toEqual([
      expect.objectContaining({ state: 'FRA', onBehalfOf: ['DEU'], reason: 'Not related to the purpose of the meeting.' }),
    ]);
    await page.context().close();
  });

  it('Germany sees the objection made on its behalf and disowns it', async () => {
    const page = await signedInAs('Germany', BATCH_PAGE);
    const polaris = entry(page, 'Polaris Project');
    await see(polaris).toContainText('France objected on behalf of your State');
    await polaris.getByRole('button', { name: /^Disown this objection/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Disown the objection to Polaris Project' });
    await see(dialog).toContainText('Their objection stands.');
    await expectAccessible(page, 'disown dialog');
    await shot(page, 'mission-06-disown');
    await dialog.getByRole('button', { name: 'Disown the objection' }).click();
    await result(page, 'Your State is no longer named in the objection of France to Polaris Project.');
    expect(await objectionsOn(ids.polaris)).toEqual([expect.objectContaining({ state: 'FRA', onBehalfOf: [] })]);
    await page.context().close();
  });

  it('France withdraws its objection after confirming', async () => {
    const page = await signedInAs('France', BATCH_PAGE);
    await entry(page, 'Polaris Project').getByRole('button', { name: 'Withdraw objection to Polaris Project' }).click();
    const dialog = page.getByRole('dialog', { name: 'Withdraw your objection to Polaris Project' });
    await see(dialog).toContainText('the organization will be approved');
    await expectAccessible(page, 'withdraw dialog');
    await dialog.getByRole('button', { name: 'Withdraw the objection' }).click();
    await result(page, "Your mission's objection to Polaris Project was withdrawn.");
    await see(entry(page, 'Polaris Project').getByRole('button', { name: 'Object to Polaris Project' })).toBeVisible();
    expect(await objectionsOn(ids.polaris)).toEqual([]);
    await page.context().close();
  });

  it('France objects with the keyboard alone, on behalf of Belgium', async () => {
    const page = await signedInAs('France', BATCH_PAGE);
    await heading(page, 'List civil-society').waitFor();
    await tabTo(page, 'button', 'Object to La Strada International');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Object to La Strada International' }).waitFor();
    await tabTo(page, 'textarea', 'Reason (optional)');
    await page.keyboard.type('Typed without a mouse.');
    await tabTo(page, 'input', 'Also on behalf of (optional)');
    await page.keyboard.type('Belg');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await tabTo(page, 'button', 'Continue');
    await page.keyboard.press('Enter');
    await see(page.getByRole('dialog')).toContainText('Belgium');
    await tabTo(page, 'button', 'Send the objection');
    await shot(page, 'mission-07-keyboard-check');
    await page.keyboard.press('Space');
    await result(page, "Your mission's objection to La Strada International was recorded.");
    expect(await objectionsOn(ids.strada)).toEqual([
      expect.objectContaining({ state: 'FRA', onBehalfOf: ['BEL'], reason: 'Typed without a mouse.' }),
    ]);
    await page.context().close();
  });

  it('after the deadline, France sees the outcome the policy discloses and requests the general basis', async () => {
    const page = await signedInAs('France', `/meetings/${MEETING}/lists/${CLOSED_LIST}/batches/1`);
    await heading(page, 'List media').waitFor();
    await see(page.getByText(/The deadline has passed/)).toBeVisible();
    await see(entry(page, 'Global Voices')).toContainText('Approved: no Member State objected');
    const newsroom = entry(page, 'Open Newsroom');
    await see(newsroom).toContainText('Objected to');
    await see(newsroom).toContainText('By France and Kenya.');
    await see(newsroom).toContainText('Reason given: Outside the scope of the meeting.');
    await expectAccessible(page, 'batch, closed');
    await newsroom.getByRole('button', { name: 'Request the general basis of the objections to Open Newsroom' }).click();
    const dialog = page.getByRole('dialog', { name: /Request the general basis/ });
    await expectAccessible(page, 'basis request dialog');
    await dialog.getByRole('button', { name: 'Send the request' }).click();
    await see(page.getByRole('status')).toContainText(
      'Your request for the general basis of the objections to Open Newsroom was recorded.',
    );
    await see(newsroom).toContainText('Your mission requested the general basis');
    await shot(page, 'mission-08-outcome');
    await page.context().close();
  });

  it('France accepts the invitation to chair a panel', async () => {
    const page = await signedInAs('France');
    await page.getByRole('link', { name: 'Chair invitations' }).click();
    await heading(page, 'Chair invitations').waitFor();
    const panel = entry(page, 'Interactive panel discussion 1');
    await see(panel).toContainText('Awaiting your answer');
    await expectAccessible(page, 'chair invitations');
    await shot(page, 'mission-09-invitations');
    await panel.getByRole('button', { name: 'Accept the invitation to chair Interactive panel discussion 1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Accept to chair Interactive panel discussion 1' });
    await expectAccessible(page, 'accept dialog');
    await dialog.getByRole('button', { name: 'Accept the invitation' }).click();
    await result(page, 'Your State accepted to chair “Interactive panel discussion 1”.');
    await see(panel).toContainText('Accepted: your State chairs this panel');
    const panels = (await steps.get(`${steps.base}/panels`)).json().panels as { id: string; chair: { status: string } }[];
    expect(panels.find((p) => p.id === 'panel-1')?.chair.status).toBe('accepted');
    await page.context().close();
  });

  it('France inscribes its speaker and sees its place in the speaking order, then withdraws', async () => {
    const page = await signedInAs('France');
    await page.getByRole('link', { name: 'Lists of speakers' }).click();
    await heading(page, 'Lists of speakers').waitFor();
    const plenary = page.getByRole('region', { name: /^Plenary meeting 13 May 2013/ });
    await plenary.getByRole('combobox', { name: 'Level of representation' }).click();
    await plenary.getByRole('option', { name: 'Minister', exact: true }).click();
    await plenary.getByRole('textbox', { name: "Speaker's name" }).fill('H.E. Mr. J. Dupont');
    await plenary.getByRole('button', { name: /^Inscribe on the list of speakers/ }).click();
    await result(page, 'H.E. Mr. J. Dupont was inscribed');
    await see(plenary).toContainText('Your speaker, H.E. Mr. J. Dupont (Minister), is number 2 of 2 in the speaking order.');
    await expectAccessible(page, 'lists of speakers');
    await shot(page, 'mission-10-speakers');

    await plenary.getByRole('button', { name: /^Withdraw the inscription/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Withdraw the inscription on Plenary meeting/ });
    await expectAccessible(page, 'withdraw inscription dialog');
    await dialog.getByRole('button', { name: 'Withdraw the inscription' }).click();
    await result(page, "Your delegation's inscription");
    await see(plenary).toContainText('The list is open: 1 speaker inscribed.');
    await page.context().close();
  });

  it('France registers its webhook and sees the signing secret once', async () => {
    const page = await signedInAs('France');
    await page.getByRole('link', { name: 'Reminders' }).click();
    await heading(page, 'Reminders by webhook').waitFor();
    await page.getByRole('textbox', { name: 'Address that receives the reminders' }).fill('https://mission.example.org/un/reminders');
    await page.getByRole('button', { name: 'Save the address' }).click();
    await result(page, 'Reminders will be sent to https://mission.example.org/un/reminders.');
    const secret = page.getByRole('textbox', { name: 'Signing secret' });
    expect(await secret.inputValue()).toMatch(/^whsec_/);
    await see(page.getByText('This is the only time it is shown.')).toBeVisible();
    await expectAccessible(page, 'webhook, secret shown');
    await shot(page, 'mission-11-webhook-secret');

    await page.reload();
    await heading(page, 'Reminders by webhook').waitFor();
    expect(await page.getByRole('textbox', { name: 'Signing secret' }).count()).toBe(0);
    expect(await page.evaluate('JSON.stringify(sessionStorage) + JSON.stringify(localStorage)')).not.toContain('whsec_');

    await page.getByRole('button', { name: 'Make a new secret' }).click();
    const dialog = page.getByRole('dialog', { name: 'Make a new signing secret' });
    await expectAccessible(page, 'rotate dialog');
    await dialog.getByRole('button', { name: 'Make a new secret' }).click();
    await result(page, 'A new signing secret was made.');
    expect(await page.getByRole('textbox', { name: 'Signing secret' }).inputValue()).toMatch(/^whsec_/);
    await page.context().close();
  });
});
