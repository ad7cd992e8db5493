import { EngineProcess, sharedStoreEnv } from '../support/engine-process';
import { temporaryDirectory } from '../support/temporary-directory';
import { bearer } from '../support/tokens';

/**
 * Two compiled engine processes on one embedded store (one events file: SQLite in WAL mode keeps
 * revision checks and idempotency keys right across processes), each with views of its own, as two
 * engines behind a proxy would run. One is killed with SIGKILL and restarted.
 */
describe('several engine processes (compiled, as child processes)', () => {
  const dir = temporaryDirectory();
  const engines: EngineProcess[] = [];
  const envFor = (name: string) => sharedStoreEnv(dir.path, name);
  afterAll(async () => {
    await Promise.all(engines.map((e) => e.kill()));
    dir.remove();
  });

  const create = async (engine: EngineProcess, id: string) => {
    const response = await engine.fetch('/v1/meetings', {
      method: 'POST',
      headers: { ...bearer('pga'), 'content-type': 'application/json' },
      body: JSON.stringify({ id, title: 'Antimicrobial resistance', timezone: 'America/New_York' }),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { position: string }).position;
  };
  const read = (engine: EngineProcess, id: string, position: string) =>
    engine.fetch(`/v1/meetings/${id}`, { headers: { ...bearer('auditor'), 'x-consistent-at': position } });

  it('reads through one process what was written through the other, also after a kill -9 and a restart', async () => {
    const [one, two] = await Promise.all([EngineProcess.start(envFor('one')), EngineProcess.start(envFor('two'))]);
    engines.push(one, two);
    const first = await create(one, 'amr-2016');
    expect((await read(two, 'amr-2016', first)).status).toBe(200);

    await two.kill();
    const second = await create(one, 'amr-2024');
    await two.restart();
    const response = await read(two, 'amr-2024', second);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: 'amr-2024' });
    expect((await read(one, 'amr-2016', first)).status).toBe(200);
  });

  it('shows an audit job started through one process to the other, and refuses a second one there while it runs', async () => {
    const [one, two] = engines;
    const auditor = { ...bearer('auditor'), 'content-type': 'application/json' };
    const started = await one.fetch('/v1/audit/jobs', { method: 'POST', headers: auditor, body: JSON.stringify({ kind: 'export' }) });
    expect(started.status).toBe(202);
    const { jobId } = (await started.json()) as { jobId: string };
    const second = await two.fetch('/v1/audit/jobs', { method: 'POST', headers: auditor, body: JSON.stringify({ kind: 'verification' }) });
    // Refused while the export runs, else (it was quicker) started: either way the board is the same.
    if (second.status === 409) expect(((await second.json()) as { details: { jobId: string } }).details.jobId).toBe(jobId);
    else expect(second.status).toBe(202);
    let seen: { state?: string; jobId?: string } = {};
    for (let tries = 0; tries < 100 && seen.state !== 'done'; tries += 1) {
      seen = (await (await two.fetch(`/v1/audit/jobs/${jobId}`, { headers: auditor })).json()) as typeof seen;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(seen).toEqual(expect.objectContaining({ jobId, state: 'done' }));
    const report = await two.fetch(`/v1/audit/jobs/${jobId}/report`, { headers: auditor });
    expect((await report.text()).trim().split('\n')).toHaveLength(2);
  });
});
