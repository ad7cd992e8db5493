import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { ApiError } from './api-error';

/**
 * Node's `clientError`: a request the HTTP parser refused or a client too slow to send one. There is
 * no request to route, so the answer is written to the socket, in the contract's shape, and the
 * connection is closed.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) socket.write(rawResponse(clientErrorOf(error.code)));
  socket.destroy();
}

function clientErrorOf(code: string | undefined): ApiError {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return new ApiError(
        'HEADERS_TOO_LARGE',
        'The request line and headers are larger than the engine accepts; send fewer or shorter headers.',
      );
    case 'ERR_HTTP_REQUEST_TIMEOUT':
    case 'ERR_HTTP_HEADERS_TIMEOUT':
      return new ApiError('REQUEST_TIMEOUT', 'The request took too long to arrive; send it again, whole.');
    default:
      return new ApiError('VALIDATION_FAILED', 'The request is not valid HTTP/1.1.');
  }
}

function rawResponse(error: ApiError): string {
  const body = JSON.stringify(error.toBody());
  const status = error.toBody().statusCode;
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}
