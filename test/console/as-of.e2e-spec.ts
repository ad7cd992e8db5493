import { jest } from '@jest/globals';
import { Page } from 'playwright-core';
import {
  ConsoleBrowser,
  expectAccessible,
  heading,
  openConsoleBrowser,
  see,
  shot,
  signInAsAuditor,
  tabTo,
} from '../support/console-browser';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';

/** The As-of page in a real browser: a list as of just before and just after an objection, a meeting as of its creation. */

jest.setTimeout(120_000);

const MEETING = 'trafficking-2013';
const LIST = 'other-ngos';
const ADDED_OBJECTION = /Added since then:\s*Entries › Polaris Project › Objections › Russian Federation/;

describe('the As-of page in a browser', () => {
  let t: TestApp;
  let browser: ConsoleBrowser;
  let base: string;
  const at = { created: '', beforeObjection: '', objection: '' };

  beforeAll(async () => {
    t = await startTestApp({ now: new Date().toISOString() });
    const steps = procedure(t, MEETING);
    at.created = (await steps.createMeeting({ objectionDisclosure: 'organizations' })).position;
    await steps.createList(LIST, 'non-objection');
    const [polaris] = await steps.propose(LIST, [org('Polaris Project', 'USA'), org('La Strada International', 'NLD')]);
    await steps.submit(LIST, new Date(Date.now() + 3 * 3_600_000).toISOString());
    at.beforeObjection = (await procedure(t, 'other-meeting-2013').createMeeting()).position;
    const objected = await steps.object(LIST, polaris, 'RUS', { reason: 'Not related to the purpose of the meeting.' });
    expect(objected.statusCode).toBe(201);
    at.objection = objected.json().position;
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

  const asOf = (query: string) => `${base}/meetings/${MEETING}/as-of?${query}`;
  const changes = (page: Page) => page.getByRole('region', { name: /between then and now/ });

  it('shows an auditor the list as of just before the objection, the objection marked as added since', async () => {
    const { context, page } = await browser.newPage();
    await signInAsAuditor(page, base);
    await page.goto(asOf(`view=list:${LIST}&position=${at.beforeObjection}`));
    await heading(page, 'State at any instant').waitFor();
    await see(page.getByText(`As it stood just after the event at position ${at.beforeObjection}.`)).toBeVisible();
    await see(changes(page).getByRole('listitem').filter({ hasText: ADDED_OBJECTION })).toBeVisible();
    const entries = page.getByRole('table', { name: 'Entries' });
    await see(entries.getByRole('row', { name: /Polaris Project United States.* Under consideration/ })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'What to see' }).inputValue()).resolves.toBe(`list:${LIST}`);
    await expectAccessible(page, 'as-of, list before the objection');
    await shot(page, 'as-of-01-list-before-objection');

    await page.getByRole('combobox', { name: "Just after a change of the meeting's timeline" }).selectOption(at.objection);
    await see(page.getByText(`As it stood just after the event at position ${at.objection}.`)).toBeVisible();
    await see(changes(page)).toContainText('No difference: the view is the same now.');
    expect(await changes(page).getByText(ADDED_OBJECTION).count()).toBe(0);
    await see(entries.getByRole('row', { name: /Polaris Project .*Russian Federation/ })).toBeVisible();
    expect(new URL(page.url()).searchParams.get('position')).toBe(at.objection);
    await expectAccessible(page, 'as-of, list just after the objection');
    await shot(page, 'as-of-02-list-after-objection');
    await context.close();
  });

  it('shows the meeting as of its creation, reached from the dashboard, and the pickers by keyboard alone', async () => {
    const { context, page } = await browser.newPage();
    await signInAsAuditor(page, base);
    await page.goto(`${base}/meetings/${MEETING}`);
    await heading(page, 'Trafficking in persons').waitFor();
    await page.getByRole('link', { name: 'See the meeting as it stood at…' }).click();
    await heading(page, 'State at any instant').waitFor();
    await see(page.getByText("Choose an instant, or a change of the meeting's timeline")).toBeVisible();

    await tabTo(page, 'select', 'What to see');
    await tabTo(page, 'input', 'Date');
    await tabTo(page, 'input', 'Time');
    await tabTo(page, 'button', 'Show as it stood then');
    await page.keyboard.press('Enter');
    // The form starts at the current minute, before the meeting was created a few seconds into it.
    await see(page.getByRole('status')).toContainText('This view had not been created at that point of the log.');
    expect(new URL(page.url()).searchParams.get('at')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
    await tabTo(page, 'select', "Just after a change of the meeting's timeline");

    await page.goto(asOf(`view=meeting&at=${encodeURIComponent(new Date().toISOString())}`));
    await see(page.getByText(/^As it stood at .*(EDT|EST|GMT-[45])\./)).toBeVisible();
    await page.goto(asOf(`view=meeting&position=${at.created}`));
    await see(page.getByText(`As it stood just after the event at position ${at.created}.`)).toBeVisible();
    await see(page.getByText('Trafficking in persons · arrangements: Open')).toBeVisible();
    await see(changes(page)).toContainText('No difference');
    await expectAccessible(page, 'as-of, meeting as of its creation');
    await shot(page, 'as-of-03-meeting-created');
    await context.close();
  });

  it('says what to do with an address whose position is malformed', async () => {
    const { context, page } = await browser.newPage();
    await signInAsAuditor(page, base);
    await page.goto(asOf('view=meeting&position=forty-two'));
    await see(page.getByRole('alert')).toContainText('Its position must be a whole number');
    await context.close();
  });

  it('speaks French: the same difference in words, the instant on the meeting clock', async () => {
    const { context, page } = await browser.newPage('fr-FR');
    await page.goto(`${base}/sign-in`);
    await page.getByRole('radio', { name: 'Auditeur' }).check();
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await heading(page, 'Historique').waitFor();
    await page.goto(asOf(`view=list:${LIST}&position=${at.beforeObjection}`));
    await heading(page, 'État à tout instant').waitFor();
    await see(
      page
        .getByRole('listitem')
        .filter({ hasText: /Ajouté depuis :\s*Inscriptions › Polaris Project › Objections › Fédération de Russie/ }),
    ).toBeVisible();
    await see(page.getByText("À l'heure de la réunion : America/New_York")).toBeVisible();
    await expectAccessible(page, 'as-of, French');
    await shot(page, 'as-of-04-list-before-objection-fr');
    await context.close();
  });
});
