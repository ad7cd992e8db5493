import { ArgumentsHost } from '@nestjs/common';
import { UnavailableError } from '@eventstore/db-client';
import { AppendTooLargeError, InvalidPositionError, StoreUnavailableError } from '../../src/event-store/store-errors';
import { ApiErrorFilter } from '../../src/platform/http/api-error.filter';
import { captureNestLogs } from '../support/captured-logs';

function respond(exception: unknown): { status: number; body: Record<string, unknown> } {
  const sent = { status: 0, body: {} as Record<string, unknown> };
  const reply = {
    status(code: number) {
      sent.status = code;
      return reply;
    },
    send(body: Record<string, unknown>) {
      sent.body = body;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => reply }) } as unknown as ArgumentsHost;
  new ApiErrorFilter().catch(exception, host);
  return sent;
}

describe('event store errors over HTTP', () => {
  let logs: ReturnType<typeof captureNestLogs>;
  beforeEach(() => (logs = captureNestLogs()));
  afterEach(() => logs.restore());

  it('answers a position that is not one of the log (after=… on EventStoreDB) with 400 VALIDATION_FAILED', () => {
    const { status, body } = respond(new InvalidPositionError('4294967296'));
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'VALIDATION_FAILED', details: { position: '4294967296' } });
  });

  it('answers an append too large for the store with 400 VALIDATION_FAILED and the sizes', () => {
    const { status, body } = respond(new AppendTooLargeError('list-1', 2_000_000, 1_048_576));
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'VALIDATION_FAILED', details: { streamId: 'list-1', bytes: 2_000_000, limit: 1_048_576 } });
    expect(body.message).toMatch(/nothing was written/);
  });

  it('answers an unavailable store with 503 STORE_UNAVAILABLE, saying whether the write may have landed', () => {
    const notWritten = respond(new StoreUnavailableError(new UnavailableError(), false));
    expect(notWritten.status).toBe(503);
    expect(notWritten.body).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(notWritten.body.message).toMatch(/nothing was written/);
    expect(respond(new StoreUnavailableError(new UnavailableError(), true)).body.message).toMatch(/may or may not have been stored/);
  });
});
