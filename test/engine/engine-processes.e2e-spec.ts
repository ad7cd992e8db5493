import { EngineProcess } from '../support/engine-process';
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
  const envFor = (name: string) => ({
    EVENTSTORE_SQLITE_PATH: `${dir.path}/events.db`,
    PROJECTIONS_SQLITE_PATH: `${dir.path}/${name}/projections.db`,
    WEBHOOK_SECRETS_SQLITE_PATH: `${dir.path}/webhook-secrets.db`,
  });
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
});
