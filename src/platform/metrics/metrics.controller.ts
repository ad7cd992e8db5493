import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { TRUSTING_ENVIRONMENTS } from '../auth/auth-settings';
import { Public } from '../auth/roles';
import { APP_CONFIG, AppConfig } from '../config';
import { ApiError } from '../http/api-error';
import { SkipRateLimit } from '../rate-limit/rate-limit.guard';
import { EngineMetrics } from './engine-metrics';

/**
 * GET /metrics in Prometheus's text format (contract 1.1). Left out of the OpenAPI document, like any
 * scrape target: Prometheus, not an API client, reads it. Never rate limited (a scraper must not be
 * refused when the engine is busiest), and not counted in nihil_obstat_http_requests_total. Outside
 * development and test it exists only with METRICS_TOKEN (404 otherwise, contract 1.2 "Health"); the token is
 * then at least 32 characters (config.ts), so that guessing it is hopeless even without a rate limit.
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: EngineMetrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @SkipRateLimit()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    const token = this.config.metrics.token;
    if (token === undefined && !TRUSTING_ENVIRONMENTS.includes(this.config.nodeEnv)) throw new ApiError('NOT_FOUND', 'Cannot GET /metrics');
    if (token !== undefined && !sameSecret(bearerOf(authorization), token)) {
      throw new ApiError('UNAUTHENTICATED', 'GET /metrics needs the bearer token set in METRICS_TOKEN (Authorization: Bearer <token>).');
    }
    const text = await this.metrics.exposition();
    await reply.header('content-type', this.metrics.contentType).send(text);
  }
}

function bearerOf(authorization: string | undefined): string {
  const match = /^Bearer (.+)$/i.exec(authorization ?? '');
  return match ? match[1].trim() : '';
}

/** Compared as digests of equal length, so the time taken says nothing of the token or its length. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}
