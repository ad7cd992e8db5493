import { jest } from '@jest/globals';
import { Page } from 'playwright-core';
import { ConsoleBrowser, expectAccessible, heading, openConsoleBrowser, see, shot, signInAsPga, tabTo } from '../support/console-browser';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';

/** A meeting's dashboard in a real browser: lists by status, next deadline, representation, arrangements, last changes. */

jest.setTimeout(120_000);

const MEETING = 'trafficking-2013';
const LIST = 'civil-society';
const ECOSOC = 'ecosoc-ngos';
const DAY = 24 * 3_600_000;

/** A programme a month ahead: an opening plenary, one panel, a closing plenary (New York time). */
function programme() {
  const day = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
  const at = (time: string) => `${day}T${time}:00-04:00`;
  return [
    { id: 'opening-plenary', kind: 'opening-plenary', title: 'Opening plenary meeting', startsAt: at('09:00'), endsAt: at('10:00') },
    {
      id: 'panel-1',
      kind: 'panel',
      title: 'Interactive panel discussion 1',
      theme: 'Effective partnerships to protect and assist victims',
      startsAt: at('15:00'),
      endsAt: at('16:30'),
    },
    { id: 'closing-plenary', kind: 'closing-plenary', title: 'Closing plenary meeting', startsAt: at('18:00') },
  ];
}

describe("a meeting's dashboard in a browser", () => {
  let t: TestApp;
  let browser: ConsoleBrowser;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp({ now: new Date().toISOString() });
    const steps = procedure(t, MEETING);
    await steps.createMeeting({ objectionDisclosure: 'organizations' });
    await steps.createList(LIST, 'non-objection');
    await steps.createList(ECOSOC, 'ecosoc');
    const [polaris] = await steps.propose(LIST, [
      org('Polaris Project', 'USA'),
      org('La Strada International', 'NLD'),
      org('Kenya Women Network', 'KEN'),
      org('Instituto Brasileiro de Direitos', 'BRA'),
      org('Shakti Vahini', 'IND'),
    ]);
    await steps.submit(LIST, new Date(Date.now() + 3 * 3_600_000).toISOString());
    expect((await steps.object(LIST, polaris, 'FRA', { reason: 'Not related to the purpose of the meeting.' })).statusCode).toBe(201);
    await steps.propose(ECOSOC, [org('Coalition Against Trafficking in Women', 'USA', { ecosocStatus: 'general' })]);
    expect((await steps.put(`${steps.base}/programme`, { segments: programme() })).statusCode).toBe(200);
    browser = await openConsoleBrowser(t);
    base = browser.base;
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  afterEach(() => {
    expect({ browserProblems: browser.takeProblems() }).toEqual({ browserProblems: [] });
  });

  const openDashboard = async (page: Page) => {
    await page.goto(`${base}/sign-in`);
    await signInAsPga(page);
    await heading(page, 'Meetings').waitFor();
    await page.getByRole('link', { name: 'Trafficking in persons' }).click();
    await heading(page, 'Trafficking in persons').waitFor();
  };

  it('shows each list by status, the next deadline counting down, representation, gaps and the last changes', async () => {
    const { context, page } = await browser.newPage();
    await openDashboard(page);
    expect(new URL(page.url()).pathname).toBe(`/meetings/${MEETING}`);

    const lists = page.getByRole('region', { name: 'Lists of organizations' });
    const civil = lists.getByRole('row').filter({ has: page.getByRole('link', { name: `List ${LIST}` }) });
    await see(civil).toContainText('Non-objection, paragraph 9');
    const cells = civil.getByRole('cell');
    await see(cells.nth(2)).toHaveText('5'); // under consideration
    await see(cells.nth(7)).toHaveText('5'); // total
    const ecosoc = lists.getByRole('row').filter({ has: page.getByRole('link', { name: `List ${ECOSOC}` }) });
    await see(ecosoc.getByRole('cell').nth(3)).toHaveText('1'); // approved
    await see(lists.getByRole('link', { name: `List ${LIST}` })).toHaveAttribute('href', `/meetings/${MEETING}/lists/${LIST}`);

    const deadline = page.getByRole('region', { name: 'Next deadline' });
    await see(deadline.getByRole('link', { name: `List ${LIST}, batch 1` })).toBeVisible();
    await see(deadline.getByRole('timer', { name: 'Time left' })).toContainText(/^2 h 5\d min \d+ s left$|^3 h 0 min \d+ s left$/);
    await see(deadline).toContainText("Meeting's time (America/New_York)");
    await see(deadline).toContainText(/EDT|EST|GMT-4|GMT-5/);
    await see(deadline).toContainText('Your time (Europe/Paris)');
    await see(deadline).toContainText(/CEST|CET|GMT\+1|GMT\+2/);

    const representation = page.getByRole('region', { name: 'Representation by regional group' });
    const chart = representation.getByRole('table', { name: `List ${LIST}: organizations by regional group` });
    await see(chart.getByRole('row', { name: /Western European and other States/ })).toContainText('2');
    await see(chart.getByRole('row', { name: /Eastern European States/ })).toContainText('0');
    await see(representation).toContainText('One group has no organization: Eastern European States.');
    await see(representation).toContainText('4 groups have no organization:');

    const arrangements = page.getByRole('region', { name: 'Arrangements (paragraph 10)' });
    await see(arrangements).toContainText('3 items are missing before the arrangements can be finalized.');
    await see(arrangements).toContainText('The programme is set (3 segments).');
    const gap = arrangements.getByRole('link', {
      name: 'Panel “Interactive panel discussion 1” has no chair: no Member State has been invited yet.',
    });
    await see(gap).toHaveAttribute('href', `/meetings/${MEETING}/arrangements`);
    await see(arrangements.getByRole('link', { name: /eminent person .* not identified yet/ })).toBeVisible();
    await see(arrangements.getByRole('link', { name: /representative of the NGOs .* not identified yet/ })).toBeVisible();

    const timeline = page.getByRole('region', { name: 'Last changes' });
    const rows = timeline.getByRole('row');
    await see(rows.nth(1)).toContainText('Programme set');
    await see(timeline.getByRole('row').filter({ hasText: 'Objection raised' })).toContainText('France');
    await see(timeline.getByRole('row').filter({ hasText: 'Objection raised' })).toContainText('Polaris Project');
    await see(timeline.getByRole('row').filter({ hasText: 'Organization proposed (5 times)' })).toContainText(
      'Polaris Project and 4 others',
    );
    await see(timeline.getByRole('row').filter({ hasText: 'Batch submitted to Member States' })).toContainText(
      'Office of the President of the General Assembly',
    );
    await see(timeline.getByRole('row').filter({ hasText: 'Meeting created' })).toContainText(/EDT|EST|GMT-4|GMT-5/);
    await expectAccessible(page, 'dashboard');
    await shot(page, 'dashboard-01-overview');
    await context.close();
  });

  it('creates a list with the keyboard, showing field errors and the engine refusal on the field', async () => {
    const { context, page } = await browser.newPage();
    await openDashboard(page);
    await tabTo(page, 'button', 'New list');
    await page.keyboard.press('Enter');
    const form = page.getByRole('group', { name: 'New list' });
    await see(form.getByRole('radio', { name: 'Other organizations, on a non-objection basis (paragraph 9)' })).toBeVisible();
    await page.getByRole('button', { name: 'Create list' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await see(summary.getByRole('link', { name: "Enter the list's title" })).toBeVisible();
    await expectAccessible(page, 'dashboard, new list with errors');
    await shot(page, 'dashboard-02-new-list-errors');

    await page.getByRole('textbox', { name: 'Title' }).fill('Media accredited to the meeting');
    await page.getByRole('textbox', { name: 'Identifier' }).fill(LIST);
    await page.getByRole('radio', { name: 'Organizations in consultative status with ECOSOC (paragraph 8)' }).check();
    await page.getByRole('button', { name: 'Create list' }).click();
    await see(page.getByRole('link', { name: /already/ })).toBeVisible();
    await see(page.getByRole('textbox', { name: 'Identifier' })).toHaveAttribute('aria-invalid', 'true');

    await page.getByRole('textbox', { name: 'Identifier' }).fill('media');
    await tabTo(page, 'button', 'Create list');
    await page.keyboard.press('Enter');
    await see(page.getByRole('status')).toContainText('The list “media” was created.');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Media accredited to the meeting' }) });
    await see(row).toContainText('ECOSOC, paragraph 8');
    const stored = (await procedure(t, MEETING).get(`/v1/meetings/${MEETING}/lists/media`)).json();
    expect(stored).toMatchObject({ kind: 'ecosoc', title: 'Media accredited to the meeting' });
    await see(page.getByRole('region', { name: 'Last changes' }).getByRole('row').nth(1)).toContainText('List created');
    await shot(page, 'dashboard-03-list-created');
    await context.close();
  });

  it('is read-only for an auditor, and speaks French', async () => {
    const { context, page } = await browser.newPage('fr-FR');
    await page.goto(`${base}/sign-in`);
    await page.getByRole('radio', { name: 'Auditeur' }).check();
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    // Signed in once the console has left the sign-in page: going elsewhere sooner would cut the token's request short.
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    await page.goto(`${base}/meetings/${MEETING}`);
    await heading(page, 'Trafficking in persons').waitFor();
    await see(
      page.getByRole('region', { name: 'Listes d’organisations' }).or(page.getByRole('region', { name: "Listes d'organisations" })),
    ).toBeVisible();
    expect(await page.getByRole('button', { name: 'Nouvelle liste' }).count()).toBe(0);
    await see(page.getByRole('region', { name: 'Prochaine échéance' }).getByRole('timer')).toContainText(/^Encore 2 h|^Encore 3 h/);
    await see(page.getByRole('region', { name: 'Représentation par groupe régional' })).toContainText("États d'Europe orientale");
    await see(page.getByRole('region', { name: 'Dernières modifications' })).toContainText('Objection formulée');
    await expectAccessible(page, 'dashboard, auditor, French');
    await shot(page, 'dashboard-04-auditor-fr');
    expect((await procedure(t, MEETING).get(`/v1/meetings/${MEETING}/lists`, bearer('auditor'))).statusCode).toBe(200);
    await context.close();
  });
});
