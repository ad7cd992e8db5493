import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ProcedureTiming } from '../../scripts/example-procedure';
import { loadExampleMeeting as load, TokenFor } from '../../scripts/load-example-meeting';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer, token } from '../support/tokens';

describe('npm run example: the 2013 meeting through the public API', () => {
  let t: TestApp;
  let baseUrl: string;
  const tokens: TokenFor = (role, state) => token(role, state, `example-loader-${state ?? role}`);
  /** The engine's clock is moved past the first batch's deadline instead of waiting for it. */
  const timing: ProcedureTiming = {
    closedBatchDeadlineMs: 5000,
    openBatchDeadlineDays: 4,
    passDeadline: (deadline) => Promise.resolve(t.clock.set(new Date(Date.parse(deadline) + 1))),
  };
  const loadExampleMeeting = (baseUrl: string, tokens: TokenFor, log?: (line: string) => void) => load(baseUrl, tokens, log, timing);

  beforeEach(async () => {
    t = await startTestApp({ now: new Date().toISOString() });
    baseUrl = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterEach(() => t.close());

  it('loads the programme of paragraph 1, the panels of paragraph 3 with chairs, both lists and the opening speakers, and finalizes', async () => {
    const lines: string[] = [];
    await loadExampleMeeting(baseUrl, tokens, (line) => lines.push(line));
    expect(lines.length).toBeGreaterThan(0);

    const meeting = (await t.inject({ method: 'GET', url: '/v1/meetings/trafficking-2013', headers: bearer('observer', 'VAT') })).json();
    expect(meeting.timezone).toBe('America/New_York');
    expect(meeting.programme.map((s: { kind: string; startsAtLocal: string }) => `${s.kind} ${s.startsAtLocal}`)).toEqual([
      'opening-plenary 2013-05-13T09:00:00-04:00',
      'plenary 2013-05-13T10:00:00-04:00',
      'panel 2013-05-13T15:00:00-04:00',
      'panel 2013-05-13T16:30:00-04:00',
      'plenary 2013-05-14T10:00:00-04:00',
      'plenary 2013-05-14T15:00:00-04:00',
      'closing-plenary 2013-05-14T18:00:00-04:00',
    ]);
    expect(meeting.programme[6].endsAt).toBeUndefined();
    expect(
      meeting.panels.map((p: { theme: string; chair: { state: string; status: string } }) => [
        p.theme.slice(0, 30),
        p.chair.state,
        p.chair.status,
      ]),
    ).toEqual([
      ['The Global Plan of Action, rel', 'PHL', 'accepted'],
      ['Sharing Best Practices and Les', 'BLR', 'accepted'],
    ]);
    expect(meeting.openingSpeakers.map((s: { role: string }) => s.role)).toContain('ngo-representative');
    expect(meeting.arrangements.status).toBe('finalized');

    const ecosoc = (
      await t.inject({ method: 'GET', url: '/v1/meetings/trafficking-2013/lists/ecosoc-ngos', headers: bearer('auditor') })
    ).json();
    expect(ecosoc.entries.every((e: { status: string }) => e.status === 'approved')).toBe(true);
    const other = (
      await t.inject({ method: 'GET', url: '/v1/meetings/trafficking-2013/lists/other-stakeholders', headers: bearer('auditor') })
    ).json();
    type Seen = {
      status: string;
      batch?: number;
      organization: { name: string };
      objections: Array<{ state: string; onBehalfOf?: string[] }>;
    };
    const byName = new Map<string, Seen>(other.entries.map((e: Seen) => [e.organization.name, e]));
    expect(other.batches.map((b: { number: number; status: string }) => `${b.number} ${b.status}`)).toEqual(['1 closed', '2 open']);
    expect(other.entries.map((e: Seen) => `${e.batch} ${e.status}`)).toEqual([
      '1 approved',
      '1 approved',
      '1 objected',
      '1 objected',
      '1 approved',
      '2 under-consideration',
      '2 under-consideration',
      '2 under-consideration',
    ]);
    expect(byName.get('Walk Free Foundation')!.objections).toEqual([expect.objectContaining({ state: 'EGY', onBehalfOf: ['DZA', 'MAR'] })]);
    expect(byName.get('Thomson Reuters Foundation')!.objections).toEqual([expect.objectContaining({ state: 'RUS' })]);
    const openBatch = other.batches[1] as { deadline: string };
    expect(Date.parse(openBatch.deadline) - Date.now()).toBeGreaterThan(3.9 * 86_400_000);

    const speakers = (
      await t.inject({
        method: 'GET',
        url: '/v1/meetings/trafficking-2013/speakers?segmentId=plenary-13-may-morning',
        headers: bearer('pga'),
      })
    ).json();
    expect(JSON.stringify(speakers)).toMatch(/NGA[\s\S]*PHL[\s\S]*(FRA|BRA)/);
    expect(lines.join('\n')).toMatch(/Batch 1 closed\./);
  });

  it('runs twice without failing and stores nothing the second time', async () => {
    await loadExampleMeeting(baseUrl, tokens);
    const count = await t.eventCount();
    const lines: string[] = [];
    await loadExampleMeeting(baseUrl, tokens, (line) => lines.push(line));
    expect(await t.eventCount()).toBe(count);
    expect(lines).toContain('Arrangements already finalized: left as they are.');
    expect(lines).toContain('List of speakers of plenary-13-may-morning: 0 inscription(s) added, 4 already there.');
  });

  it('completes reopened arrangements whose programme lost a panel, without failing', async () => {
    await loadExampleMeeting(baseUrl, tokens);
    const pga = bearer('pga');
    const url = '/v1/meetings/trafficking-2013';
    const reopened = await t.inject({
      method: 'POST',
      url: `${url}/arrangements/reopening`,
      headers: pga,
      payload: { reason: 'Panel 2 is rescheduled.' },
    });
    expect(reopened.statusCode).toBe(200);
    const programme = (await t.inject({ method: 'GET', url, headers: pga })).json().programme;
    const segments = programme
      .filter((s: { id: string }) => s.id !== 'panel-2')
      .map(({ startsAtLocal: _s, endsAtLocal: _e, ...segment }: Record<string, string>) => segment);
    expect((await t.inject({ method: 'PUT', url: `${url}/programme`, headers: pga, payload: { segments } })).statusCode).toBe(200);

    await loadExampleMeeting(baseUrl, tokens);
    const meeting = (await t.inject({ method: 'GET', url, headers: pga })).json();
    expect(meeting.arrangements.status).toBe('finalized');
    expect(meeting.panels.map((p: { id: string; chair: { state: string } }) => `${p.id} ${p.chair.state}`)).toEqual([
      'panel-1 PHL',
      'panel-2 BLR',
    ]);
  });
});
