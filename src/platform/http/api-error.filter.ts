import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ProjectionTimeoutError } from '../../event-store/projections/projection-runner';
import { AppendTooLargeError, InvalidPositionError, StoreUnavailableError } from '../../event-store/store-errors';
import { DomainError } from '../../kernel/domain-error';
import { ApiError, ApiErrorCode } from './api-error';

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

  catch(exception: unknown, host: ArgumentsHost): void {
    const error = this.toApiError(exception);
    const body = error.toBody();
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    void host.switchToHttp().getResponse<FastifyReply>().status(body.statusCode).send(body);
  }

  private toApiError(exception: unknown): ApiError {
    if (exception instanceof ApiError) return exception;
    if (exception instanceof DomainError) return new ApiError(exception.code, exception.message, exception.details);
    if (exception instanceof ProjectionTimeoutError) return new ApiError('PROJECTION_TIMEOUT', exception.message);
    if (exception instanceof StoreUnavailableError) return new ApiError('STORE_UNAVAILABLE', exception.message);
    if (exception instanceof InvalidPositionError)
      return new ApiError('VALIDATION_FAILED', exception.message, { position: exception.position });
    if (exception instanceof AppendTooLargeError) {
      const { streamId, bytes, limit } = exception;
      return new ApiError('VALIDATION_FAILED', exception.message, { streamId, bytes, limit });
    }
    if (exception instanceof HttpException) return fromHttpException(exception);
    return new ApiError('INTERNAL_ERROR', 'Something went wrong on our side; the error has been logged.');
  }
}

function fromHttpException(exception: HttpException): ApiError {
  const status = exception.getStatus();
  const code = CODE_OF_STATUS[status];
  if (code) return new ApiError(code, exception.message);
  if (status === 413) return new ApiError('VALIDATION_FAILED', 'The request body is too large.');
  if (status === 415) return new ApiError('VALIDATION_FAILED', 'The request body must be JSON.');
  return new ApiError(status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED', exception.message);
}
