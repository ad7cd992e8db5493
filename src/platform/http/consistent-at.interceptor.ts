import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type { IncomingHttpHeaders } from 'node:http';
import { from, Observable, switchMap } from 'rxjs';
import { ProjectionRunner, ProjectionTimeoutError } from '../../event-store/projections/projection-runner';
import { isPosition, Position } from '../../kernel/position';
import { APP_CONFIG, AppConfig } from '../config';
import { ApiError } from './api-error';

export const CONSISTENT_AT = 'x-consistent-at';

/** Positions are decimal strings; 40 digits is far beyond any log (EventStoreDB's packed pair is at most 39). */
const LONGEST_POSITION = 40;

/**
 * `x-consistent-at: <position>` (contract 1.1, "Consistency across processes"): the request is handled
 * only once this process's views include that position, so that a client that wrote through another
 * engine process reads its own write here. Bounded by PROJECTION_WAIT_MS, then 503 PROJECTION_TIMEOUT;
 * a position beyond the log's end can never be reached and so also ends in 503. Without the header,
 * nothing is done.
 */
@Injectable()
export class ConsistentAtInterceptor implements NestInterceptor {
  private readonly waitMs: number;

  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.waitMs = config.projectionWaitMs;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const { headers } = context.switchToHttp().getRequest<{ headers: IncomingHttpHeaders }>();
    const header = headers[CONSISTENT_AT];
    if (header === undefined) return next.handle();
    const target = positionOf(header);
    return from(this.waitFor(target)).pipe(switchMap(() => next.handle()));
  }

  private async waitFor(target: Position): Promise<void> {
    try {
      await this.runner.waitFor(target, this.waitMs);
    } catch (error) {
      if (!(error instanceof ProjectionTimeoutError)) throw error;
      throw new ApiError(
        'PROJECTION_TIMEOUT',
        `This engine process's views had not reached position ${target} (${CONSISTENT_AT}) after ${this.waitMs} ms; ` +
          `they are at ${error.reached ?? 'the start'}. Retry in a moment; a position beyond the end of the log is never reached.`,
        { header: CONSISTENT_AT, position: target, reached: error.reached ?? null },
      );
    }
  }
}

function positionOf(header: string | string[]): Position {
  const value = Array.isArray(header) ? header.join(',') : header.trim();
  if (value.length <= LONGEST_POSITION && isPosition(value)) return value;
  throw new ApiError('VALIDATION_FAILED', `${CONSISTENT_AT}: must be one position, as a command answered it (a decimal number).`, [
    { field: CONSISTENT_AT, problems: ['must be a position: a decimal number such as "42", as in a command\'s answer'] },
  ]);
}
