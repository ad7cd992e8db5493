import { Controller, Get, Inject, Optional, Res, ServiceUnavailableException } from '@nestjs/common';
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
          .attempt(() => this.store.ping())
          .withTimeout(TIMEOUT_MS),
      () => this.projectionsHealth(),
    ];
    checks.push(() => this.deadlinesHealth());
    const redis = this.redis;
    if (redis)
      checks.push(() =>
        this.indicators
          .check('redis')
          .attempt(async () => void (await redis.ping()))
          .withTimeout(TIMEOUT_MS),
      );
    return checks;
  }

  private async deadlinesHealth() {
    const session = this.indicators.check('deadlines');
    const { up, message, ...counts } = await this.scheduler.health();
    return up ? session.up(counts) : session.down({ ...counts, message: message ?? 'scheduler unavailable' });
  }

  private projectionsHealth() {
    const session = this.indicators.check('projections');
    const position = this.projections.position ?? 'start';
    const error = this.projections.error;
    return error ? session.down({ position, message: error.message }) : session.up({ position });
  }
}
