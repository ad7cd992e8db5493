import { jest } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { HostResolver } from '../../src/deadlines/webhooks/host-resolver';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';

export const WEBHOOK = '/v1/member-states/me/webhook';
export const ROTATION = '/v1/member-states/me/webhook/secret';
/** A public address (example.com's) that tests pretend a name resolves to. */
export const PUBLIC_ADDRESS = '93.184.215.14';

/** DNS as the test says: each call of the engine's resolver answers `answer(host, call number)`. */
export function stubDns(t: TestApp, answer: (host: string, call: number) => string[]) {
  let calls = 0;
  return jest.spyOn(t.app.get(HostResolver), 'resolve').mockImplementation((host) => Promise.resolve(answer(host, calls++)));
}

export interface Delivery {
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A mission's endpoint on the loopback interface: records each request and answers `status` (and `location`).
 * With `secret` (read at each request), it verifies each delivery as the receiver in docs/security.md does, and answers 400 to one
 * it cannot verify.
 */
export async function receiver(options: { status?: number; location?: string; secret?: string } = {}) {
  const received: Delivery[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      let status = options.status ?? 204;
      try {
        if (options.secret) new Webhook(options.secret).verify(body, request.headers as Record<string, string>);
      } catch {
        status = 400;
      }
      response.writeHead(status, options.location ? { location: options.location } : {}).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Everything a refusal must leave as it was: the log, its hash chains and the webhooks view. */
export async function snapshot(t: TestApp) {
  const verification = await t.inject({ method: 'GET', url: '/v1/audit/verification', headers: bearer('auditor') });
  return {
    events: await t.eventCount(),
    chains: verification.json() as unknown,
    webhooks: t.app.get(ProjectionStore).list('webhooks', 'webhook/'),
  };
}

/** Every byte the engine wrote to its data folder (the log, the views, the idempotency answers, the secrets), as text. */
export function dataFiles(t: TestApp, except: RegExp = /^$/): string {
  return readdirSync(t.dataDir)
    .filter((file) => !except.test(file))
    .map((file) => readFileSync(join(t.dataDir, file)).toString('latin1'))
    .join('\n');
}
