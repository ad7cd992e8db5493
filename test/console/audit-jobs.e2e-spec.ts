import { jest } from '@jest/globals';
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import { main } from '../../scripts/audit';
import { AUDIT_JOB_BOARD, AuditJobBoard } from '../../src/event-store/jobs/audit-job-board';
import { cliIo, tamperedEvents } from '../audit/audit-jobs.support';
import { ConsoleBrowser, expectAccessible, heading, openConsoleBrowser, see, shot, signInAsAuditor } from '../support/console-browser';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';

/** The Audit jobs pages: an auditor starts each kind of job, follows it and reads its report. */

jest.setTimeout(180_000);

const MEETING = 'trafficking-2013';

describe('the console runs audit jobs', () => {
  let t: TestApp;
  let browser: ConsoleBrowser;
  let events: number;

  beforeAll(async () => {
    t = await startTestApp({ now: new Date().toISOString() });
    browser = await openConsoleBrowser(t);
    const steps = procedure(t, MEETING);
    await steps.createMeeting();
    await steps.createList('civil-society', 'non-objection');
    await steps.propose('civil-society', [org('Polaris Project', 'USA'), org('La Strada International', 'NLD')]);
    events = await t.eventCount();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  afterEach(() => expect({ browserProblems: browser.takeProblems() }).toEqual({ browserProblems: [] }));

  async function signedInAuditor(): Promise<Page> {
    const { page } = await browser.newPage();
    await signInAsAuditor(page, browser.base);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit jobs' }).click();
    await heading(page, 'Audit jobs').waitFor();
    return page;
  }

  /** Starts a job from the jobs page and waits on its page for the report. */
  async function run(page: Page, button: string, report: string | RegExp): Promise<void> {
    await page.goto(`${browser.base}/audit/jobs`);
    await page.getByRole('button', { name: button }).click();
    await page.getByRole('region', { name: 'Report' }).waitFor();
    await see(page.getByRole('region', { name: 'Report' })).toContainText(report);
  }

  it('runs a verification, a decision replay and a rebuild comparison to the end and shows each report', async () => {
    const page = await signedInAuditor();
    await see(page.getByText('No job has been run yet.')).toBeVisible();
    await expectAccessible(page, 'audit jobs');
    await shot(page, 'audit-jobs-01-start');

    await run(page, 'Start a verification', `Every hash chain holds: ${events} events checked.`);
    await see(page.getByRole('heading', { level: 1 })).toHaveText('Verification');
    await expectAccessible(page, 'verification report');
    await shot(page, 'audit-jobs-02-verification');
    await run(page, 'Start a decision replay', "Today's rules give the same events");
    await run(page, 'Start a rebuild comparison', 'matches what the engine shows');
    await expectAccessible(page, 'rebuild report');

    await page.getByRole('link', { name: 'All audit jobs' }).click();
    const rows = page.getByRole('table').getByRole('row');
    await see(rows.nth(1)).toContainText('Rebuild comparison');
    await see(rows.nth(3)).toContainText('Verification');
    await shot(page, 'audit-jobs-03-recent');
    await page.context().close();
  });

  it('shows a log changed directly in SQLite: its broken event, linked to its page in the history', async () => {
    const page = await signedInAuditor();
    await tamperedEvents(t.dataDir, `meeting-${MEETING}`, 0, () => run(page, 'Start a verification', 'The log was changed'));
    const report = page.getByRole('region', { name: 'Report' });
    await see(report).toContainText(`revision 0 of the stream meeting-${MEETING}`);
    await see(report.getByRole('link', { name: 'Event 1' })).toHaveAttribute('href', '/history/1');
    await see(report).toContainText('hash mismatch');
    await expectAccessible(page, 'broken verification');
    await shot(page, 'audit-jobs-04-broken');
    await report.getByRole('link', { name: 'Event 1' }).click();
    await see(heading(page, /^Meeting created \(entry 0 of the log\)$/)).toBeVisible();
    await page.context().close();
  });

  it('lists every difference of a replay and of a rebuild comparison, each linked to its event in the history', async () => {
    const page = await signedInAuditor();
    await tamperedEvents(t.dataDir, `meeting-${MEETING}`, 0, () => run(page, 'Start a decision replay', 'would not give the events'));
    const replay = page.getByRole('region', { name: 'Report' });
    await see(replay.getByRole('row', { name: /CreateMeeting/ }).getByRole('link', { name: 'Event 1' })).toHaveAttribute(
      'href',
      '/history/1',
    );
    await expectAccessible(page, 'replay differences');
    await shot(page, 'audit-jobs-08-replay-differences');

    const views = new Database(`${t.dataDir}/projections.db`);
    const key = `meeting/${MEETING}`;
    const original = views.prepare("SELECT document FROM documents WHERE projection = 'meetings' AND key = ?").pluck().get(key) as string;
    views
      .prepare("UPDATE documents SET document = json_set(document, '$.title', 'Forged') WHERE projection = 'meetings' AND key = ?")
      .run(key);
    try {
      await run(page, 'Start a rebuild comparison', '1 document differs');
      const row = page.getByRole('region', { name: 'Report' }).getByRole('row', { name: new RegExp(key) });
      await see(row).toContainText("Changed in the engine's view");
      const link = row.getByRole('link', { name: /^Event \d+$/ });
      const position = (await link.innerText()).replace('Event ', '');
      await see(link).toHaveAttribute('href', `/history/${position}`);
      await expectAccessible(page, 'rebuild differences');
      await shot(page, 'audit-jobs-09-rebuild-differences');
    } finally {
      views.prepare("UPDATE documents SET document = ? WHERE projection = 'meetings' AND key = ?").run(original, key);
      views.close();
    }
    await page.context().close();
  });

  it('while a job runs (started by another engine process), shows its progress and says why the buttons are disabled', async () => {
    const board = t.app.get<AuditJobBoard>(AUDIT_JOB_BOARD);
    const jobId = '00000000-0000-4000-8000-0000000000aa';
    await board.claim({ jobId, kind: 'replay', owner: 'another-process', total: 10_000, at: new Date() }, new Date(0));
    await board.progress(jobId, 1234, 10_000, new Date());
    try {
      const page = await signedInAuditor();
      await see(page.getByText(/The Decision replay job started on .* is running/)).toBeVisible();
      const start = page.getByRole('button', { name: 'Start an export' });
      expect(await start.isDisabled()).toBe(true);
      expect(await start.getAttribute('aria-describedby')).toBe('audit-job-running');
      await expectAccessible(page, 'audit jobs, one running');
      await shot(page, 'audit-jobs-05-busy');

      await page.getByRole('link', { name: 'Follow its progress' }).click();
      const bar = page.getByRole('progressbar', { name: '1,234 of 10,000 events' });
      await see(bar).toBeVisible();
      await expectAccessible(page, 'job in progress');
      await shot(page, 'audit-jobs-06-progress');
      await board.progress(jobId, 5000, 10_000, new Date());
      await see(page.getByRole('progressbar', { name: '5,000 of 10,000 events' })).toBeVisible();
      await page.context().close();
    } finally {
      await board.finish(jobId, { state: 'failed', summary: { error: 'Stopped by the test.' } }, new Date());
    }
  });

  it('downloads an export that `npm run audit -- verify --in` accepts', async () => {
    const page = await signedInAuditor();
    await run(page, 'Start an export', `The export holds ${events} events`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the export (NDJSON)' }).click(),
    ]);
    const file = `${t.dataDir}/downloaded.ndjson`;
    copyFileSync(await download.path(), file);
    const cli = cliIo();
    expect(await main(['verify', '--in', file], cli.io)).toBe(0);
    expect(cli.summary()).toEqual(expect.objectContaining({ ok: true, eventsChecked: events }));
    await expectAccessible(page, 'export report');
    await shot(page, 'audit-jobs-07-export');
    await page.context().close();
  });
});
