import { jest } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { ConsoleBrowser, expectAccessible, heading, openConsoleBrowser, see, shot, signInAsPga, tabTo } from '../support/console-browser';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';

/** The console's first screens in a real browser: sign-in, meetings, a new meeting, the missions' landing page, languages. */

jest.setTimeout(120_000);

const MEETING = 'trafficking-2013';
const LIST = 'civil-society';

describe('the web console in a browser', () => {
  let t: TestApp;
  let browser: ConsoleBrowser;
  let base: string;
  let newPage: ConsoleBrowser['newPage'];

  beforeAll(async () => {
    // The engine's clock is the browser's: deadlines and countdowns agree.
    t = await startTestApp({ now: new Date().toISOString() });
    const steps = procedure(t, MEETING);
    await steps.createMeeting({ objectionDisclosure: 'organizations' });
    await steps.createList(LIST, 'non-objection');
    const [first] = await steps.propose(LIST, [org('Polaris Project', 'USA'), org('La Strada International', 'NLD')]);
    await steps.submit(LIST, new Date(Date.now() + (4 * 24 + 5) * 3_600_000).toISOString());
    expect((await steps.object(LIST, first, 'FRA', { reason: 'Not related to the purpose of the meeting.' })).statusCode).toBe(201);
    browser = await openConsoleBrowser(t);
    ({ base, newPage } = browser);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  afterEach(() => {
    const seen = browser.takeProblems();
    expect({ browserProblems: seen }).toEqual({ browserProblems: [] });
  });

  it('signs in as the PGA, creates a meeting with the form, and sees it listed', async () => {
    const { context, page } = await newPage();
    await page.goto(`${base}/`);
    await heading(page, 'Sign in').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expectAccessible(page, 'sign-in');
    await shot(page, '01-sign-in');

    await signInAsPga(page);
    await heading(page, 'Meetings').waitFor();
    await see(page.getByRole('banner')).toContainText('Office of the President of the General Assembly');
    await see(page.getByRole('cell', { name: 'Trafficking in persons' })).toBeVisible();
    await expectAccessible(page, 'meetings');
    await shot(page, '02-meetings');

    await page.getByRole('link', { name: 'New meeting' }).click();
    await heading(page, 'New meeting').waitFor();
    await expectAccessible(page, 'new meeting');
    await page.getByRole('button', { name: 'Create meeting' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    await see(summary.getByRole('link', { name: "Enter the meeting's title" })).toBeVisible();
    await expectAccessible(page, 'new meeting, with errors');
    await shot(page, '03-new-meeting-errors');

    await page.getByRole('textbox', { name: 'Title' }).fill('High-level Meeting on the Appraisal of the Global Plan of Action, 2017');
    await see(page.getByRole('textbox', { name: 'Identifier' })).toHaveValue(
      'high-level-meeting-on-the-appraisal-of-the-global-plan-of-action',
    );
    await page.getByRole('textbox', { name: 'Identifier' }).fill(MEETING);
    await page.getByRole('textbox', { name: 'Venue (optional)' }).fill('United Nations Headquarters, New York');
    await page.getByRole('button', { name: 'Create meeting' }).click();
    // The engine's refusal (the id is taken) is shown on the field that caused it.
    await see(page.getByRole('link', { name: /already exists/ })).toBeVisible();
    await see(page.getByRole('textbox', { name: 'Identifier' })).toHaveAttribute('aria-invalid', 'true');
    await shot(page, '04-new-meeting-taken-id');

    await page.getByRole('textbox', { name: 'Identifier' }).fill('trafficking-2017');
    await page.getByRole('radio', { name: 'Which organizations were objected to, and by which States' }).check();
    await page.getByRole('checkbox', { name: 'Objected organizations go to the General Assembly for a decision' }).check();
    await shot(page, '05-new-meeting-filled');
    await page.getByRole('button', { name: 'Create meeting' }).click();

    await heading(page, 'Meetings').waitFor();
    await see(page.getByRole('status')).toContainText('trafficking-2017');
    const row = page.getByRole('row').filter({ hasText: 'trafficking-2017' });
    await see(row).toContainText('High-level Meeting on the Appraisal of the Global Plan of Action, 2017');
    await see(row).toContainText('United Nations Headquarters, New York');
    await shot(page, '06-meetings-after-create');
    const stored = (await procedure(t, 'trafficking-2017').get('/v1/meetings/trafficking-2017')).json();
    expect(stored.policy).toEqual({
      objectionDisclosure: 'organizations-and-states',
      objectedGoToGeneralAssembly: true,
      reminders: ['PT72H', 'PT24H'],
    });
    await context.close();
  });

  it('signs in as France, chosen by name, and sees what awaits its consideration', async () => {
    const { context, page } = await newPage();
    await page.goto(`${base}/sign-in`);
    await page.getByRole('radio', { name: "A Member State's mission or an observer" }).check();
    const state = page.getByRole('combobox', { name: 'Member State or observer' });
    await state.fill('Fran');
    await page.getByRole('option', { name: 'France' }).click();
    await see(state).toHaveValue('France');
    await shot(page, '07-sign-in-as-france');
    await expectAccessible(page, 'sign-in, mission chosen');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await heading(page, 'Awaiting your consideration').waitFor();
    await see(page.getByRole('banner')).toContainText('Permanent Mission of France');
    const row = page.getByRole('row').filter({ hasText: MEETING });
    await see(row).toContainText('Trafficking in persons');
    await see(row).toContainText(/4 days [45] h/);
    await see(row).toContainText(/EDT|EST|GMT-4|GMT-5/);
    const cells = row.getByRole('cell');
    await see(cells.nth(5)).toHaveText('2');
    await see(cells.nth(6)).toHaveText('1');
    await expectAccessible(page, 'awaiting your consideration');
    await shot(page, '08-awaiting-your-consideration');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading(page, 'Sign in').waitFor();
    expect(await page.evaluate('Object.keys(sessionStorage).filter((key) => key.includes("token"))')).toEqual([]);
    expect((await context.cookies()).length).toBe(0);
    await context.close();
  });

  it('signs in and creates a meeting with the keyboard alone', async () => {
    const { context, page } = await newPage();
    await page.goto(`${base}/sign-in`);
    await heading(page, 'Sign in').waitFor();
    await tabTo(page, 'button', 'Sign in');
    await page.keyboard.press('Enter');
    await heading(page, 'Meetings').waitFor();

    await tabTo(page, 'a', 'New meeting');
    await page.keyboard.press('Enter');
    await heading(page, 'New meeting').waitFor();
    await tabTo(page, 'input', 'Title');
    await page.keyboard.type('Political declaration on trafficking in persons, 2021');
    await tabTo(page, 'input', 'Identifier');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('trafficking-2021');
    await tabTo(page, 'input', 'Venue (optional)');
    await page.keyboard.type('General Assembly Hall');
    await tabTo(page, 'input', 'Which organizations were objected to, and how many States objected');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'input', 'Objected organizations go to the General Assembly for a decision');
    await page.keyboard.press('Space');
    await tabTo(page, 'input', 'Reminders, in hours before each deadline');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('48');
    await shot(page, '09-keyboard-form');
    await tabTo(page, 'button', 'Create meeting');
    await page.keyboard.press('Enter');

    await heading(page, 'Meetings').waitFor();
    await see(page.getByRole('row').filter({ hasText: 'trafficking-2021' })).toContainText('General Assembly Hall');
    const stored = (await procedure(t, 'trafficking-2021').get('/v1/meetings/trafficking-2021')).json();
    expect(stored.policy).toEqual({
      objectionDisclosure: 'organizations-and-states',
      objectedGoToGeneralAssembly: true,
      reminders: ['PT48H'],
    });
    await context.close();
  });

  it('speaks French with ?lang=fr, sets <html lang>, remembers the choice, and switches back', async () => {
    const { context, page } = await newPage('en-GB');
    await page.goto(`${base}/sign-in?lang=fr`);
    await heading(page, 'Connexion').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await expectAccessible(page, 'connexion');
    await shot(page, '10-connexion');
    await page.getByRole('radio', { name: "Bureau du Président de l'Assemblée générale" }).check();
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await heading(page, 'Réunions').waitFor();
    await see(page.getByRole('columnheader', { name: 'Fuseau horaire' })).toBeVisible();
    await shot(page, '11-reunions');
    await page.goto(`${base}/meetings`);
    await heading(page, 'Réunions').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await heading(page, 'Meetings').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });

  it('sends a user whose token the engine refuses back to sign in, then back to the form with what they typed', async () => {
    const { context, page } = await newPage();
    // A token the console cannot tell from a good one, which the engine refuses (another secret): as an expired session.
    const refused = new JwtService({ secret: 'not-the-engine-secret' }).sign(
      { sub: 'pga-user', role: 'pga' },
      { expiresIn: 3600, algorithm: 'HS256' },
    );
    await context.addInitScript(
      `if (!sessionStorage.getItem('nihil-obstat.started')) {
        sessionStorage.setItem('nihil-obstat.started', '1');
        sessionStorage.setItem('nihil-obstat.token', ${JSON.stringify(refused)});
      }`,
    );
    // The header asks the engine who the token speaks for (GET /v1/me) as the page opens, which would end the session
    // at once; the token is to be refused while the user types, as when it expires: that first question is let through.
    await page.route(`${base}/v1/me`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ sub: 'pga-user', role: 'pga' }) }),
    );
    await page.goto(`${base}/meetings/new`);
    await heading(page, 'New meeting').waitFor();
    await page.getByRole('textbox', { name: 'Title' }).fill('A title typed before the session ended');
    await page.getByRole('button', { name: 'Create meeting' }).click();

    await heading(page, 'Sign in').waitFor();
    await see(page.getByRole('alert').filter({ hasText: 'Your session has expired' })).toBeVisible();
    await shot(page, '12-session-expired');
    await signInAsPga(page);
    await heading(page, 'New meeting').waitFor();
    await see(page.getByRole('textbox', { name: 'Title' })).toHaveValue('A title typed before the session ended');
    await context.close();
  });
});
