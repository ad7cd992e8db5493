import { ChildProcess, spawn } from 'node:child_process';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { expectCompiled } from '../support/compiled';
import { temporaryDirectory } from '../support/temporary-directory';
import { bearer } from '../support/tokens';

/**
 * Traces as a collector receives them: the compiled engine in its own process (tracing registers the
 * OpenTelemetry SDK for the whole process, and its logs go to stdout), exporting over OTLP/HTTP to a
 * receiver in this test. Build first (`npx nest build`; `npm test` does).
 */
const MAIN = 'dist/src/main.js';
const CORRELATION = 'nihil_obstat.correlation_id';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: { key: string; value: { stringValue?: string; intValue?: number | string } }[];
}

interface OtlpRequest {
  resourceSpans: { resource: { attributes: OtlpSpan['attributes'] }; scopeSpans: { spans: OtlpSpan[] }[] }[];
}

/** An OTLP/HTTP collector's traces endpoint, keeping every request's JSON body. */
async function otlpReceiver(): Promise<{ endpoint: string; received: OtlpRequest[]; close(): Promise<void> }> {
  const received: OtlpRequest[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.method === 'POST' && request.url === '/v1/traces') {
        expect(request.headers['content-type']).toBe('application/json');
        received.push(JSON.parse(body) as OtlpRequest);
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const attribute = (span: OtlpSpan, key: string) => span.attributes.find((a) => a.key === key)?.value.stringValue;

describe('OpenTelemetry traces (OTEL_EXPORTER_OTLP_ENDPOINT)', () => {
  const dir = temporaryDirectory();
  let engine: ChildProcess | undefined;
  beforeAll(() => expectCompiled(MAIN));
  afterEach(() => engine?.exitCode === null && engine.kill('SIGKILL'));
  afterAll(() => dir.remove());

  it('exports one trace per request: HTTP, command, append, projection wait and the jobs it schedules; its log lines carry the trace id', async () => {
    const collector = await otlpReceiver();
    try {
      const port = await freePort();
      let output = '';
      const { NODE_OPTIONS: _jestOnly, ...env } = process.env;
      engine = spawn(process.execPath, [MAIN], {
        env: {
          ...env,
          PORT: String(port),
          LOG_LEVEL: 'info',
          REDIS_URL: '',
          EVENTSTORE_CONNECTION_STRING: '',
          EVENTSTORE_SQLITE_PATH: `${dir.path}/events.db`,
          PROJECTIONS_SQLITE_PATH: `${dir.path}/projections.db`,
          OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
          OTEL_SERVICE_NAME: 'nihil-obstat-under-test',
        },
      });
      engine.stdout!.on('data', (chunk) => (output += chunk));
      engine.stderr!.on('data', (chunk) => (output += chunk));
      const base = `http://127.0.0.1:${port}`;
      await waitUntilHealthy(base, engine, () => output);
      const post = (path: string, body: unknown, correlationId: string) =>
        fetch(`${base}${path}`, {
          method: 'POST',
          headers: { ...bearer('pga'), 'content-type': 'application/json', 'x-correlation-id': correlationId },
          body: JSON.stringify(body),
        });
      const deadline = new Date(Date.now() + 7 * 86_400_000).toISOString();
      expect((await post('/v1/meetings', { id: 'hiv-aids-2021', title: 'HIV/AIDS', timezone: 'UTC' }, 'trace-1')).status).toBe(201);
      const lists = '/v1/meetings/hiv-aids-2021/lists';
      expect((await post(lists, { id: 'other-ngos', kind: 'non-objection', title: 'Others' }, 'trace-2')).status).toBe(201);
      const organizations = [{ name: 'La Strada International', country: 'NLD', category: 'ngo' }];
      expect((await post(`${lists}/other-ngos/entries`, { organizations }, 'trace-3')).status).toBe(201);
      expect((await post(`${lists}/other-ngos/batches`, { deadline }, 'submit-batch-1')).status).toBe(201);

      const exited = new Promise((resolve) => engine!.on('exit', resolve));
      engine.kill('SIGTERM'); // shutting down sends the spans still buffered
      expect(await exited).toBe(0);

      const spans = collector.received.flatMap((r) => r.resourceSpans.flatMap((rs) => rs.scopeSpans.flatMap((s) => s.spans)));
      const serviceNames = collector.received.flatMap((r) => r.resourceSpans.map((rs) => rs.resource.attributes));
      expect(serviceNames.flat()).toContainEqual({ key: 'service.name', value: { stringValue: 'nihil-obstat-under-test' } });
      const http = spans.find((s) => s.name === 'POST /v1/meetings/:meetingId/lists/:listId/batches')!;
      expect(http).toBeDefined();
      expect(attribute(http, CORRELATION)).toBe('submit-batch-1');
      const trace = spans.filter((s) => s.traceId === http.traceId);
      const named = (name: string) => trace.find((s) => s.name === name)!;
      const command = named('command SubmitBatch');
      expect(command.parentSpanId).toBe(http.spanId);
      expect(attribute(command, CORRELATION)).toBe('submit-batch-1');
      expect(named('event-store append').parentSpanId).toBe(command.spanId);
      expect(attribute(named('event-store append'), CORRELATION)).toBe('submit-batch-1');
      expect(named('projections wait').parentSpanId).toBe(command.spanId);
      expect(trace.map((s) => s.name)).toContain('schedule close-batch');
      // Other requests are traces of their own.
      expect(spans.filter((s) => s.name === 'POST /v1/meetings')[0].traceId).not.toBe(http.traceId);

      const lines = output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { traceId?: string; spanId?: string; req?: { id?: string }; msg?: string });
      const completed = lines.find((line) => line.req?.id === 'submit-batch-1' && line.msg === 'request completed');
      expect(completed).toMatchObject({ traceId: http.traceId, spanId: expect.stringMatching(/^[0-9a-f]{16}$/) });
    } finally {
      await collector.close();
    }
  });
});

async function waitUntilHealthy(base: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`The engine exited early:\n${output()}`);
    const ok = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The engine did not become healthy:\n${output()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
