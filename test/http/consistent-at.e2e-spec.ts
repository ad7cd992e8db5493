import { ProjectionRunner } from '../../src/event-store/projections/projection-runner';
import { bearer } from '../support/tokens';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Two engines on one events file (the embedded store is safe for several processes on one file: WAL,
 * SQLite's single-writer lock), each with its own views, as two engine processes would run. A write
 * through the first is read through the second with `x-consistent-at`.
 */
describe('HTTP: x-consistent-at, read-your-writes across engine processes', () => {
  let writer: TestApp;
  let reader: TestApp;
  beforeAll(async () => {
    writer = await startTestApp();
    reader = await startTestApp({
      dataDir: writer.dataDir,
      env: { PROJECTIONS_SQLITE_PATH: `${writer.dataDir}/reader-projections.db`, PROJECTION_WAIT_MS: '400' },
    });
  });
  afterAll(async () => {
    await reader.app.close();
    await writer.close();
  });

  const meeting = (id: string) => ({ id, title: 'Trafficking in persons', timezone: 'America/New_York' });
  const create = async (id: string) => {
    const created = await writer.inject({ method: 'POST', url: '/v1/meetings', headers: bearer('pga'), payload: meeting(id) });
    expect(created.statusCode).toBe(201);
    return created.json().position as string;
  };
  const read = (id: string, position?: string) =>
    reader.inject({
      method: 'GET',
      url: `/v1/meetings/${id}`,
      headers: { ...bearer('auditor'), ...(position === undefined ? {} : { 'x-consistent-at': position }) },
    });

  it("waits until this process's views include the position, then answers with the write", async () => {
    const runner = reader.app.get(ProjectionRunner);
    await runner.stop(); // the reader's views are held back, as a slow or late process's would be
    const position = await create('held-back-2013');
    let settled = false;
    const answer = read('held-back-2013', position).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(settled).toBe(false);
    await runner.start();
    const response = await answer;
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: 'held-back-2013' });
  });

  it('answers at once when the views already include the position', async () => {
    const position = await create('caught-up-2013');
    await reader.app.get(ProjectionRunner).waitFor(position as never, 5000);
    expect((await read('caught-up-2013', position)).statusCode).toBe(200);
  });

  it('answers 503 PROJECTION_TIMEOUT after PROJECTION_WAIT_MS when the views do not get there (a position beyond the log)', async () => {
    const position = await create('beyond-2013');
    const beyond = (BigInt(position) + 1000n).toString();
    const response = await read('beyond-2013', beyond);
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ statusCode: 503, code: 'PROJECTION_TIMEOUT', message: expect.stringContaining(beyond) });
  });

  it.each(['', 'abc', '-1', '1.5', '01', '1,2', '9'.repeat(41)])(
    'refuses %p with 400 VALIDATION_FAILED naming the header',
    async (value) => {
      const response = await read('any-2013', value);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: expect.stringContaining('x-consistent-at'),
        details: [{ field: 'x-consistent-at' }],
      });
    },
  );

  it('applies to commands too: a POST with the header waits for the views, then runs', async () => {
    const position = await create('first-2013');
    const created = await reader.inject({
      method: 'POST',
      url: '/v1/meetings',
      headers: { ...bearer('pga'), 'x-consistent-at': position },
      payload: meeting('second-2013'),
    });
    expect(created.statusCode).toBe(201);
  });

  it('runs a command once when two processes receive the same Idempotency-Key at once, and both answer the first answer', async () => {
    for (let round = 0; round < 5; round += 1) {
      const headers = { ...bearer('pga'), 'idempotency-key': `same-key-${round}` };
      const send = (app: TestApp) => app.inject({ method: 'POST', url: '/v1/meetings', headers, payload: meeting(`keyed-${round}-2013`) });
      const [first, second] = await Promise.all([send(writer), send(reader)]);
      expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
      expect(second.json()).toEqual(first.json());
      expect(await writer.store.readStream(`meeting-keyed-${round}-2013`)).toHaveLength(1);
    }
  });
});
