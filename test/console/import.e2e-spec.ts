import { jest } from '@jest/globals';
import { ConsoleBrowser, expectAccessible, heading, openConsoleBrowser, see, shot, signInAsPga, tabTo } from '../support/console-browser';
import { procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';

/** The import page in a real browser: a file of 20 organizations checked, corrected, confirmed and imported. */

jest.setTimeout(120_000);

const MEETING = 'trafficking-2013';
const LIST = 'civil-society';
const COUNTRIES = ['NLD', 'USA', 'GBR', 'FRA', 'BRA', 'NGA', 'IND', 'PHL', 'MEX', 'ZAF'];

/** 20 organizations; `badCountry` puts a country that is no ISO code on line 6 (the header is line 1). */
function organizationsCsv(badCountry: boolean): Buffer {
  const rows = Array.from({ length: 20 }, (_, i) => {
    const country = badCountry && i === 4 ? 'XKX' : COUNTRIES[i % COUNTRIES.length];
    return `"Anti-trafficking Network ${i + 1}, ${country}",${country},ngo,,https://network${i + 1}.example.org,`;
  });
  return Buffer.from(['name,country,category,ecosocStatus,website,contactEmail', ...rows].join('\r\n'));
}

describe('the console: importing organizations from a file', () => {
  let t: TestApp;
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    t = await startTestApp({ now: new Date().toISOString() });
    const steps = procedure(t, MEETING);
    await steps.createMeeting();
    await steps.createList(LIST, 'non-objection');
    browser = await openConsoleBrowser(t);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  afterEach(() => expect({ browserProblems: browser.takeProblems() }).toEqual({ browserProblems: [] }));

  it('checks a file of 20 rows, shows the row in error, takes the corrected file and imports it all', async () => {
    const { page } = await browser.newPage();
    await page.goto(`${browser.base}/`);
    await signInAsPga(page);
    await heading(page, 'Meetings').waitFor();
    await page.goto(`${browser.base}/meetings/${MEETING}/lists/${LIST}/import`);
    await heading(page, 'Import organizations from a file').waitFor();
    await see(page.getByText('List civil-society')).toBeVisible();
    await expectAccessible(page, 'import');
    await shot(page, 'import-01-choose');

    await page.getByRole('button', { name: 'Check the file' }).click();
    await see(page.getByRole('alert').getByRole('link', { name: 'Choose a file to check' })).toBeVisible();

    const input = page.getByLabel('Choose a CSV or XLSX file');
    await input.setInputFiles({ name: 'organizations.csv', mimeType: 'text/csv', buffer: organizationsCsv(true) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await see(summary.getByRole('link', { name: /Row 6, country: country must be an assigned ISO 3166-1 alpha-3 code/ })).toBeVisible();
    await see(page.getByRole('status').filter({ hasText: '1 row of 20 has a problem' })).toBeVisible();
    const badRow = page.getByRole('row', { name: /^6 / });
    await see(badRow).toContainText('XKX');
    expect(await page.getByRole('button', { name: /^Import \d+ organizations/ }).count()).toBe(0);
    await summary.getByRole('link', { name: /Row 6/ }).click();
    expect(await badRow.evaluate((row) => row === row.ownerDocument.activeElement)).toBe(true);
    await expectAccessible(page, 'import, a row in error');
    await shot(page, 'import-02-row-in-error');

    await input.setInputFiles({ name: 'organizations-corrected.csv', mimeType: 'text/csv', buffer: organizationsCsv(false) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await see(page.getByRole('status').filter({ hasText: 'All 20 rows can be imported.' })).toBeVisible();
    // From here on, the keyboard alone.
    await tabTo(page, 'button', 'Import 20 organizations');
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Import 20 organizations?' });
    await see(dialog).toContainText('It is all or nothing');
    await see(dialog).toContainText(
      '20 organizations from organizations-corrected.csv will be proposed for the list “List civil-society”.',
    );
    await expectAccessible(page, 'import, confirmation');
    await shot(page, 'import-03-confirm');
    await tabTo(page, 'button', 'Import 20 organizations');
    await page.keyboard.press('Enter');

    await see(page.getByRole('status').filter({ hasText: '20 organizations imported' })).toBeVisible();
    await expectAccessible(page, 'import, done');
    await shot(page, 'import-04-done');
    const list = await procedure(t, MEETING).list(LIST);
    expect(list.entries).toHaveLength(20);
    expect(new URL((await page.getByRole('link', { name: 'Back to the list' }).getAttribute('href')) ?? '', browser.base).pathname).toBe(
      `/meetings/${MEETING}/lists/${LIST}`,
    );
  });

  it('says on the file field why the engine refused the whole file, in French too', async () => {
    const { page } = await browser.newPage();
    await page.goto(`${browser.base}/`);
    await signInAsPga(page);
    await heading(page, 'Meetings').waitFor();
    await page.goto(`${browser.base}/meetings/${MEETING}/lists/${LIST}/import?lang=fr`);
    await heading(page, 'Importer des organisations depuis un fichier').waitFor();
    await page.getByLabel('Choisir un fichier CSV ou XLSX').setInputFiles({
      name: 'broken.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('not a workbook at all'),
    });
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    await see(page.getByRole('alert').getByRole('link', { name: /not an XLSX workbook/ })).toBeVisible();
    await see(page.getByLabel('Choisir un fichier CSV ou XLSX')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'import, file refused');
    await shot(page, 'import-05-file-refused-fr');
  });
});
