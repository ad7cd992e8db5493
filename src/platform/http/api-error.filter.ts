import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AsOfBusyError } from '../../event-store/projections/as-of/replay-gate';
import { ProjectionTimeoutError } from '../../event-store/projections/projection-runner';
import { AppendTooLargeError, InvalidPositionError, StoreUnavailableError } from '../../event-store/store-errors';
import { DomainError } from '../../kernel/domain-error';
import { ApiError, ApiErrorCode } from './api-error';
import { edgeErrorOf } from './edge-errors';
import { RouteTable } from './route-table';

const CODE_OF_STATUS: Record<number, ApiErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
};

/** Turns every error into the contract's body: `{ statusCode, code, message, details? }`. */
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  /** `routes`: what the server serves, to answer 405 rather than 404 for a path served with other methods. */
  constructor(private readonly routes = new RouteTable()) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = exception instanceof HttpException ? http.getRequest<FastifyRequest | undefined>() : undefined;
    const error = this.toApiError(exception, request);
    const body = error.toBody();
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const reply = http.getResponse<FastifyReply>();
    if (exception instanceof AsOfBusyError) void reply.header('retry-after', String(exception.retryAfterSeconds));
    if (error.code === 'METHOD_NOT_ALLOWED') void reply.header('allow', (error.details as { allow: string[] }).allow.join(', '));
    void reply.status(body.statusCode).send(body);
  }

  private toApiError(exception: unknown, request: FastifyRequest | undefined): ApiError {
    if (exception instanceof ApiError) return exception;
    if (exception instanceof DomainError) return new ApiError(exception.code, exception.message, exception.details);
    if (exception instanceof AsOfBusyError) return new ApiError('RATE_LIMITED', exception.message);
    if (exception instanceof ProjectionTimeoutError) return new ApiError('PROJECTION_TIMEOUT', exception.message);
    if (exception instanceof StoreUnavailableError) return new ApiError('STORE_UNAVAILABLE', exception.message);
    if (exception instanceof InvalidPositionError)
      return new ApiError('VALIDATION_FAILED', exception.message, { position: exception.position });
    if (exception instanceof AppendTooLargeError) {
      const { streamId, bytes, limit } = exception;
      return new ApiError('VALIDATION_FAILED', exception.message, { streamId, bytes, limit });
    }
    if (exception instanceof HttpException) return edgeErrorOf(exception, request, this.routes) ?? fromHttpException(exception);
    return new ApiError('INTERNAL_ERROR', 'Something went wrong on our side; the error has been logged.');
  }
}

function fromHttpException(exception: HttpException): ApiError {
  const status = exception.getStatus();
  const code = CODE_OF_STATUS[status];
  if (code) return new ApiError(code, exception.message);
  if (status === 413) return new ApiError('PAYLOAD_TOO_LARGE', 'The request body is too large.');
  if (status === 415) return new ApiError('UNSUPPORTED_MEDIA_TYPE', 'The request body must be JSON.');
  return new ApiError(status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED', exception.message);
}
