import { jest } from '@jest/globals';
import { Page } from 'playwright-core';
import { ConsoleBrowser, expectAccessible, heading, openConsoleBrowser, see, shot, signInAsPga, tabTo } from '../support/console-browser';
import { org, procedure } from '../support/procedure';
import { bearer } from '../support/tokens';
import { startTestApp, TestApp } from '../support/test-app';

/** The PGA's screen for one list in a real browser: 1,000 entries and more, search, filters, sorting, selection, and each step of the procedure. */

jest.setTimeout(180_000);

const MEETING = 'trafficking-2013';
const LIST = 'civil-society';
const GA_LIST = 'second-round';
const CONTACTS_LIST = 'contacts';
const COUNTRIES = [
  'FRA',
  'USA',
  'NLD',
  'KEN',
  'BRA',
  'IND',
  'JPN',
  'DZA',
  'EGY',
  'POL',
  'MEX',
  'AUS',
  'NGA',
  'DEU',
  'ARG',
  'ZAF',
  'IDN',
  'CAN',
];
const CATEGORIES = ['ngo', 'civil-society', 'private-sector', 'media', 'academia'];

/** 1,000 organizations, with names that sort and search predictably ("Organization 0001 for ..."). */
const thousand = () =>
  Array.from({ length: 1000 }, (_, i) => ({
    name: `Organization ${String(i + 1).padStart(4, '0')} against trafficking`,
    country: COUNTRIES[i % COUNTRIES.length],
    category: CATEGORIES[i % CATEGORIES.length],
  }));

describe('the PGA works on a list of 1,000 entries in a browser', () => {
  let t: TestApp;
  let browser: ConsoleBrowser;
  let page: Page;
  let steps: ReturnType<typeof procedure>;
  let polaris: string;
  const table = () => page.getByRole('table', { name: 'Entries of the list' });
  const result = () => page.locator('.no-result');

  beforeAll(async () => {
    t = await startTestApp({ now: new Date().toISOString() });
    steps = procedure(t, MEETING);
    await steps.createMeeting({ objectionDisclosure: 'organizations', objectedGoToGeneralAssembly: true });
    await steps.createList(LIST, 'non-objection');
    await steps.propose(LIST, thousand());
    [polaris] = await steps.propose(LIST, [
      org('Polaris Project', 'USA', { website: 'https://polarisproject.org' }),
      org('La Strada International', 'NLD'),
      org('Société d’entraide des migrantes', 'FRA', { category: 'civil-society' }),
    ]);
    browser = await openConsoleBrowser(t);
    ({ page } = await browser.newPage());
    await page.goto(`${browser.base}/meetings/${MEETING}/lists/${LIST}`);
    await heading(page, 'Sign in').waitFor();
    await signInAsPga(page);
    await heading(page, `List ${LIST}`).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  afterEach(() => {
    expect({ browserProblems: browser.takeProblems() }).toEqual({ browserProblems: [] });
  });

  it('shows the 1,003 entries in a table that renders only what is in view', async () => {
    await see(page.getByRole('status').filter({ hasText: 'entries shown' })).toContainText('1,003 entries shown of 1,003');
    await see(table()).toHaveAttribute('aria-rowcount', '1004');
    const rendered = await table().getByRole('row').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(80);
    await see(page.getByRole('columnheader', { name: 'Organization' })).toHaveAttribute('aria-sort', 'none');
    await see(page.getByRole('button', { name: 'Submit to Member States (1,003 proposed)' })).toBeVisible();
    await see(page.getByRole('link', { name: 'Import a file' })).toBeVisible();
    expect(await page.getByRole('link', { name: 'Import a file' }).getAttribute('href')).toBe(`/meetings/${MEETING}/lists/${LIST}/import`);
    await expectAccessible(page, 'list');
    await shot(page, 'list-01-table');
  });

  it('searches by organization or country name, filters, and sorts by column', async () => {
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill('polaris');
    await see(page.getByRole('status').filter({ hasText: 'shown' })).toContainText('1 entry shown of 1,003');
    await see(table().getByRole('row').nth(1)).toContainText('Polaris Project');
    await search.fill('societe migrantes');
    await see(table().getByRole('row').nth(1)).toContainText('Société d’entraide des migrantes');
    await search.fill('netherlands');
    await see(page.getByRole('status').filter({ hasText: 'shown' })).toContainText('57 entries shown of 1,003');
    await search.fill('');

    await page.getByRole('combobox', { name: 'Category' }).click();
    await page.getByRole('option', { name: 'Academia' }).click();
    await see(page.getByRole('status').filter({ hasText: 'shown' })).toContainText('200 entries shown of 1,003');
    await page.getByRole('combobox', { name: 'Regional group' }).click();
    await page.getByRole('option', { name: 'African States' }).click();
    // Kenya, Algeria, Egypt, Nigeria and South Africa: 5 of the 18 countries; academia every fifth.
    const filtered = await page.getByRole('status').filter({ hasText: 'shown' }).innerText();
    expect(filtered).toMatch(/^\d+ entries shown of 1,003/);
    await shot(page, 'list-02-filtered');
    await expectAccessible(page, 'list, filtered');
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await see(page.getByRole('status').filter({ hasText: 'shown' })).toContainText('1,003 entries shown of 1,003');

    await page.getByRole('columnheader', { name: 'Organization' }).getByRole('button').click();
    await see(page.getByRole('columnheader', { name: 'Organization' })).toHaveAttribute('aria-sort', 'ascending');
    await see(table().getByRole('row').nth(1)).toContainText('La Strada International');
    await page.getByRole('columnheader', { name: 'Organization' }).getByRole('button').click();
    await see(page.getByRole('columnheader', { name: 'Organization' })).toHaveAttribute('aria-sort', 'descending');
    await see(table().getByRole('row').nth(1)).toContainText('Société d’entraide des migrantes');
    await page.getByRole('columnheader', { name: 'Country' }).getByRole('button').click();
    await see(table().getByRole('row').nth(1)).toContainText('Algeria');
    await shot(page, 'list-03-sorted-by-country');
  });

  it('selects entries one by one or all shown, which the bulk actions use', async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill('Organization 000');
    await see(page.getByRole('status').filter({ hasText: 'shown' })).toContainText('10 entries shown of 1,003');
    await page.getByRole('checkbox', { name: 'Select all 10 entries shown' }).check();
    await see(page.getByRole('status').filter({ hasText: 'shown' })).toContainText('10 selected');
    await page.getByRole('checkbox', { name: 'Select Organization 0003 against trafficking' }).uncheck();
    await see(page.getByRole('status').filter({ hasText: 'shown' })).toContainText('9 selected');
    await see(page.getByRole('button', { name: 'Withdraw 9 selected entries' })).toBeVisible();
    await expectAccessible(page, 'list, selection');
    await shot(page, 'list-04-selection');
    await page.getByRole('button', { name: 'Clear the selection' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
  });

  it('adds an organization: the engine refuses a bad website on its field, then accepts', async () => {
    await page.getByRole('button', { name: 'Add organization' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add organization' });
    await dialog.getByRole('textbox', { name: 'Name of the organization' }).fill('Coalition Against Trafficking in Women');
    await dialog.getByRole('combobox', { name: 'Country' }).fill('Keny');
    await page.getByRole('option', { name: 'Kenya', exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Category' }).click();
    await page.getByRole('option', { name: 'Non-governmental organization' }).click();
    await dialog.getByRole('textbox', { name: 'Website (optional)' }).fill('catwinternational');
    await dialog.getByRole('button', { name: 'Add organization' }).click();
    const summary = dialog.getByRole('alert').filter({ hasText: 'There is a problem' });
    await see(summary.getByRole('link')).toContainText('website');
    await see(dialog.getByRole('textbox', { name: 'Website (optional)' })).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'add organization, refused');
    await shot(page, 'list-05-add-refused');

    await dialog.getByRole('textbox', { name: 'Website (optional)' }).fill('https://catwinternational.org');
    await dialog.getByRole('button', { name: 'Add organization' }).click();
    await see(result()).toContainText('Coalition Against Trafficking in Women was added to the list as proposed.');
    await see(page.getByRole('button', { name: 'Submit to Member States (1,004 proposed)' })).toBeVisible();
  });

  it('submits the proposed entries with a deadline on the meeting’s clock, after a confirmation that says how many and until when', async () => {
    await page.getByRole('button', { name: 'Submit to Member States (1,004 proposed)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Submit to Member States' });
    await see(dialog).toContainText('America/New_York');
    await expectAccessible(page, 'submit, deadline');
    await shot(page, 'list-06-submit-deadline');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    const check = page.getByRole('dialog', { name: 'Check before submitting' });
    await see(check).toContainText('1,004 entries will go under consideration');
    await see(check).toContainText(/Until \d+ \w+ \d{4}(,| at) 18:00 (EDT|EST|GMT-4|GMT-5)/);
    await expectAccessible(page, 'submit, check');
    await shot(page, 'list-07-submit-check');
    await check.getByRole('button', { name: 'Submit 1,004 entries' }).click();
    await see(result()).toContainText('Batch 1 submitted: 1,004 entries under consideration until');
    const stored = await steps.list(LIST);
    expect(stored.batches).toHaveLength(1);
    const newYork = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'America/New_York',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    expect(newYork.format(new Date(stored.batches[0].deadline))).toBe('18:00');
    await see(page.getByRole('row').filter({ hasText: 'Open for objections' })).toContainText('1,004');
  });

  it('shows an objection raised through the API, with its State, on whose behalf, its reason and when', async () => {
    const objected = await steps.object(LIST, polaris, 'FRA', {
      reason: 'Not related to the purpose of the meeting.',
      onBehalfOf: ['DZA'],
    });
    expect(objected.statusCode).toBe(201);
    await page.reload();
    await heading(page, `List ${LIST}`).waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill('polaris');
    await see(table().getByRole('row').nth(1)).toContainText('1');
    await table().getByRole('button', { name: 'Polaris Project' }).click();
    const drawer = page.getByRole('dialog', { name: 'Polaris Project' });
    await see(drawer).toContainText('Objection by France');
    await see(drawer).toContainText('Also on behalf of: Algeria');
    await see(drawer).toContainText('Not related to the purpose of the meeting.');
    await see(drawer).toContainText(/Raised on .*(EDT|EST|GMT-4|GMT-5)/);
    await expectAccessible(page, 'entry with an objection');
    await shot(page, 'list-08-objection');
    await page.keyboard.press('Escape');
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
  });

  it('extends the open batch, after a confirmation', async () => {
    await page.getByRole('button', { name: 'Extend batch 1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Extend the deadline of batch 1' });
    await expectAccessible(page, 'extend, deadline');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    const check = page.getByRole('dialog', { name: 'Check before extending batch 1' });
    await see(check).toContainText('1,004 entries of batch 1 stay under consideration');
    await shot(page, 'list-09-extend-check');
    await check.getByRole('button', { name: 'Extend the deadline' }).click();
    await see(result()).toContainText('The deadline of batch 1 is now');
  });

  it('withdraws an entry, after a confirmation', async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill('strada');
    await table().getByRole('button', { name: 'La Strada International' }).click();
    await page.getByRole('dialog', { name: 'La Strada International' }).getByRole('button', { name: 'Withdraw this entry' }).click();
    const check = page.getByRole('dialog', { name: 'Withdraw 1 entry' });
    await see(check).toContainText('La Strada International');
    await expectAccessible(page, 'withdraw, check');
    await shot(page, 'list-10-withdraw-check');
    await check.getByRole('button', { name: 'Withdraw 1 entry' }).click();
    await see(result()).toContainText('1 entry withdrawn.');
    await see(table().getByRole('row').nth(1)).toContainText('Withdrawn');
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
  });

  it('keeps "Transmit to the General Assembly" disabled and says why', async () => {
    const transmit = page.getByRole('button', { name: 'Transmit to the General Assembly' });
    expect(await transmit.isDisabled()).toBe(true);
    await see(page.locator('#transmit-blockers')).toContainText('batch 1 is still open for objections');
    await shot(page, 'list-11-transmit-disabled');
  });

  it('cancels the open batch with a reason, after a confirmation', async () => {
    await page.getByRole('button', { name: 'Cancel batch 1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel batch 1' });
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await see(dialog.getByRole('alert').getByRole('link', { name: 'Enter the reason for cancelling the batch' })).toBeVisible();
    await expectAccessible(page, 'cancel, no reason');
    await dialog.getByRole('textbox', { name: 'Reason for cancelling' }).fill('The deadline was typed a year too late.');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    const check = page.getByRole('dialog', { name: 'Check before cancelling batch 1' });
    await see(check).toContainText('1,003 entries of batch 1 go back to “proposed”');
    await shot(page, 'list-12-cancel-check');
    await check.getByRole('button', { name: 'Cancel batch 1' }).click();
    await see(result()).toContainText('Batch 1 cancelled');
    await see(page.getByRole('row').filter({ hasText: 'Cancelled' })).toContainText('The deadline was typed a year too late.');
    await see(page.locator('#transmit-blockers')).toContainText('1,003 entries are still proposed');
    await expectAccessible(page, 'list after cancellation');
    await shot(page, 'list-13-after-cancel');
  });

  it('records the General Assembly’s decision on an objected entry, then transmits the list', async () => {
    await steps.createList(GA_LIST, 'non-objection');
    const [objected] = await steps.propose(GA_LIST, [org('Walk Free Foundation', 'AUS'), org('Anti-Slavery International', 'GBR')]);
    await steps.submit(GA_LIST, new Date(t.clock.now().getTime() + 3_600_000).toISOString());
    expect((await steps.object(GA_LIST, objected, 'EGY', {})).statusCode).toBe(201);
    t.clock.advance(2 * 3_600_000);
    expect((await steps.close(GA_LIST, 1)).statusCode).toBe(200);
    expect(
      (await steps.post(`${steps.base}/lists/${GA_LIST}/entries/${objected}/basis-requests`, {}, bearer('member-state', 'FRA'))).statusCode,
    ).toBe(201);

    await page.goto(`${browser.base}/meetings/${MEETING}/lists/${GA_LIST}`);
    await heading(page, `List ${GA_LIST}`).waitFor();
    await table().getByRole('button', { name: 'Walk Free Foundation' }).click();
    const drawer = page.getByRole('dialog', { name: 'Walk Free Foundation' });
    await see(drawer).toContainText('Objection by Egypt');
    await see(drawer).toContainText('No reason given.');
    await see(drawer).toContainText('Requested by France');
    await drawer.getByRole('button', { name: 'Continue' }).click();
    await see(drawer.getByText("Choose the General Assembly's decision")).toBeVisible();
    await drawer.getByRole('radio', { name: 'Approved' }).check();
    await drawer.getByRole('textbox', { name: 'Document symbol of the decision' }).fill('A/67/L.75');
    await drawer.getByRole('button', { name: 'Continue' }).click();
    await see(drawer).toContainText('Record that the General Assembly approved Walk Free Foundation (A/67/L.75)');
    await expectAccessible(page, 'decision, check');
    await shot(page, 'list-14-decision-check');
    await drawer.getByRole('button', { name: 'Record the decision' }).click();
    await see(result()).toContainText('Recorded: the General Assembly approved Walk Free Foundation (A/67/L.75).');
    await page.keyboard.press('Escape');

    const transmit = page.getByRole('button', { name: 'Transmit to the General Assembly' });
    expect(await transmit.isDisabled()).toBe(false);
    await transmit.click();
    const check = page.getByRole('dialog', { name: 'Check before transmitting' });
    await see(check).toContainText('2 approved organizations');
    await check.getByRole('button', { name: 'Transmit the list' }).click();
    await see(result()).toContainText('The list was transmitted to the General Assembly with 2 approved organizations.');
    await see(page.getByRole('region', { name: 'Transmit to the General Assembly' })).toContainText('it takes no change');
    await expectAccessible(page, 'transmitted list');
    await shot(page, 'list-15-transmitted');
  });
  it('erases the contact’s personal data from the drawer, after a check of what will be erased', async () => {
    await steps.createList(CONTACTS_LIST, 'non-objection');
    await steps.propose(CONTACTS_LIST, [org('La Strada International', 'NLD', { contactEmail: 'info@lastrada.example.org' })]);
    await page.goto(`${browser.base}/meetings/${MEETING}/lists/${CONTACTS_LIST}`);
    await heading(page, `List ${CONTACTS_LIST}`).waitFor();
    await table().getByRole('button', { name: 'La Strada International' }).click();
    const drawer = page.getByRole('dialog', { name: 'La Strada International' });
    await see(drawer).toContainText('info@lastrada.example.org');
    await drawer.getByRole('button', { name: 'Continue' }).click();
    await see(drawer.getByText('Enter the reason for the erasure')).toBeVisible();
    await drawer.getByRole('textbox', { name: 'Reason for the erasure' }).fill('Request of the data subject, 2 June 2013');
    await drawer.getByRole('button', { name: 'Continue' }).click();
    await see(drawer).toContainText('Erase the contact e-mail of La Strada International. This cannot be undone.');
    await expectAccessible(page, 'erasure, check');
    await drawer.getByRole('button', { name: 'Erase personal data' }).click();
    await see(result()).toContainText('Erased: the contact e-mail of La Strada International.');
    await see(drawer).toContainText('[erased]');
    expect(await drawer.getByRole('button', { name: 'Erase personal data' }).count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('speaks French and works with the keyboard alone: select a row, open its details, close them', async () => {
    await page.goto(`${browser.base}/meetings/${MEETING}/lists/${LIST}?lang=fr`);
    await heading(page, `List ${LIST}`).waitFor();
    await see(page.getByRole('columnheader', { name: 'Groupe régional' })).toBeVisible();
    await see(page.getByRole('status').filter({ hasText: 'affichées' })).toContainText('1 004 entrées affichées sur 1 004');
    // Countries are named in French, by the UN's short names: a search finds them so.
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('Pays-Bas (Royaume des)');
    await see(page.getByRole('row').filter({ hasText: 'Pays-Bas (Royaume des)' }).first()).toBeVisible();
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('');
    await see(page.getByRole('status').filter({ hasText: 'affichées' })).toContainText('1 004 entrées affichées sur 1 004');
    await page.getByRole('searchbox', { name: 'Rechercher' }).focus();
    await tabTo(page, 'input', 'Sélectionner Organization 0001');
    await page.keyboard.press('Space');
    await see(page.getByRole('status').filter({ hasText: 'affichées' })).toContainText('1 sélectionnée');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: 'Organization 0001 against trafficking' });
    await see(drawer).toContainText('Aucune objection en cours.');
    await expectAccessible(page, 'entrée, en français');
    await shot(page, 'list-16-francais-entree');
    await page.keyboard.press('Escape');
    await see(page.getByRole('button', { name: 'Retirer 1 entrée sélectionnée' })).toBeVisible();
    await expectAccessible(page, 'liste, en français');
    await shot(page, 'list-17-francais');
  });
});
