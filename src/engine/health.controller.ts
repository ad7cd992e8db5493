import { Controller, Get, Inject, Logger, Optional, Res, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorFunction, HealthIndicatorService } from '@nestjs/terminus';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Redis from 'ioredis';
import { DEADLINE_SCHEDULER, DeadlineScheduler } from '../deadlines/deadline-scheduler.port';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { ProjectionRunner } from '../event-store/projections/projection-runner';
import { Public } from '../platform/auth/roles';
import { SkipRateLimit } from '../platform/rate-limit/rate-limit.guard';
import { REDIS } from '../platform/redis.provider';

const TIMEOUT_MS = 2000;
/** What the answer says of a part that fails: anyone may read /health, and a driver's error names hosts and addresses. */
const SEE_THE_LOG = "see the engine's log";

const PARTS = {
  type: 'object' as const,
  additionalProperties: {
    type: 'object',
    properties: { status: { type: 'string', enum: ['up', 'down'] } },
    required: ['status'],
    additionalProperties: true,
  },
  example: { eventStore: { status: 'up' }, projections: { status: 'up', position: '42' } },
};

/**
 * Terminus's answer, for the OpenAPI document. Terminus's @HealthCheck() would document it with its own
 * copy of @nestjs/swagger, which Jest's ESM mode loads apart: the tests would see another document.
 */
export class HealthResponse {
  @ApiProperty({ enum: ['ok', 'error', 'shutting_down'] })
  status!: string;

  @ApiPropertyOptional({ ...PARTS, description: 'The parts that answer' })
  info?: Record<string, object>;

  @ApiPropertyOptional({ ...PARTS, description: 'The parts that do not answer, with why' })
  error?: Record<string, object>;

  @ApiProperty({ ...PARTS, description: 'Every part' })
  details!: Record<string, object>;
}

@ApiTags('Health')
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');
  /** The last failure logged for each part, so that a probe every few seconds logs an outage once, not each time. */
  private readonly logged = new Map<string, string>();

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionRunner,
    @Optional() @Inject(REDIS) private readonly redis: Redis | null,
    @Inject(DEADLINE_SCHEDULER) private readonly scheduler: DeadlineScheduler,
  ) {}

  /** 200 when every part answers; 503 with the same body naming the part that does not. */
  @Get()
  @Public()
  @SkipRateLimit()
  @ApiOperation({
    summary: 'The health of the event store, the projections, the deadlines and Redis (when used)',
    description: 'Role: none, no token needed.',
    security: [],
  })
  @ApiOkResponse({ type: HealthResponse, description: 'Every part answers' })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'A part does not answer; `error` names it' })
  async check(@Res() reply: FastifyReply): Promise<void> {
    try {
      reply.status(200).send(await this.health.check(this.checks()));
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      reply.status(503).send(error.getResponse());
    }
  }

  private checks(): HealthIndicatorFunction[] {
    const checks: HealthIndicatorFunction[] = [
      () =>
        this.indicators
          .check('eventStore')
          .attempt(() => this.checked('eventStore', () => this.store.ping()))
          .withTimeout(TIMEOUT_MS),
      () => this.projectionsHealth(),
    ];
    checks.push(() => this.deadlinesHealth());
    const redis = this.redis;
    if (redis)
      checks.push(() =>
        this.indicators
          .check('redis')
          .attempt(() => this.checked('redis', async () => void (await redis.ping())))
          .withTimeout(TIMEOUT_MS),
      );
    return checks;
  }

  private async deadlinesHealth() {
    const session = this.indicators.check('deadlines');
    const { up, message, ...counts } = await this.scheduler.health();
    this.note('deadlines', up ? undefined : (message ?? 'unavailable'));
    return up ? session.up(counts) : session.down({ ...counts, message: `scheduler unavailable (${SEE_THE_LOG})` });
  }

  private projectionsHealth() {
    const session = this.indicators.check('projections');
    const position = this.projections.position ?? 'start';
    const error = this.projections.error;
    this.note('projections', error?.message);
    return error ? session.down({ position, message: `stopped (${SEE_THE_LOG})` }) : session.up({ position });
  }

  /** Runs a part's check; its error goes to the log, and the answer gets a reason without hosts or addresses. */
  private async checked(part: string, check: () => Promise<void>): Promise<void> {
    try {
      await check();
      this.note(part, undefined);
    } catch (error) {
      this.note(part, (error as Error).message);
      // The cause stays with the error for the log; terminus puts only the message in the answer.
      throw new Error(`does not answer (${SEE_THE_LOG})`, { cause: error });
    }
  }

  private note(part: string, failure: string | undefined): void {
    if (failure === undefined) return void this.logged.delete(part);
    if (this.logged.get(part) === failure) return;
    this.logged.set(part, failure);
    this.logger.warn(`${part} is down: ${failure}`);
  }
}
