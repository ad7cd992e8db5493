import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import type { HttpServerLimits } from '../config';
import { ApiError } from './api-error';
import { bodyLimitOf, DEFAULT_BODY_LIMIT } from './body-limits';
import { answerClientError } from './client-errors';
import { correlationIdOf } from './correlation';
import { routerErrorOf } from './edge-errors';
import { MAX_PATH_SEGMENT_LENGTH, MAX_URL_LENGTH } from './edge-limits';
import { parseJsonBody } from './json-body-parser';
import { RouteTable } from './route-table';
import { parseUploadBody, refuseJsonOnUploadRoute, UPLOAD_MEDIA_TYPES } from './upload-body';

/** How often Node looks for requests past their headers or request timeout (its default is 30 s). */
const TIMEOUT_CHECK_INTERVAL_MS = 1000;

/**
 * The Fastify adapter with the engine's limits at the edge: header size, timeouts and connections
 * from the configuration, a body limit on every route, JSON as the body type (parsed by parseJsonBody)
 * but on the routes that take files (CSV, XLSX: see upload-body), URL length, and a table of routes for 405 answers;
 * the client's address from X-Forwarded-For only when it comes through a proxy TRUST_PROXY names.
 */
export class EdgeFastifyAdapter extends FastifyAdapter {
  readonly routes = new RouteTable();

  constructor(limits: HttpServerLimits) {
    super({
      bodyLimit: DEFAULT_BODY_LIMIT,
      genReqId: (request: unknown) => correlationIdOf(request as IncomingMessage),
      routerOptions: { maxParamLength: MAX_PATH_SEGMENT_LENGTH },
      connectionTimeout: limits.connectionTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      maxRequestsPerSocket: limits.maxRequestsPerSocket,
      trustProxy: limits.trustProxy.length > 0 ? limits.trustProxy : false,
      http: { maxHeaderSize: limits.maxHeaderSize, connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS },
      clientErrorHandler: answerClientError,
      frameworkErrors: (error: { code?: string }, _request: FastifyRequest, reply: FastifyReply) => {
        const body = routerErrorOf(error.code).toBody();
        void reply.status(body.statusCode).send(body);
      },
    });
    const instance = this.getInstance();
    instance.server.headersTimeout = limits.headersTimeoutMs;
    instance.server.maxConnections = limits.maxConnections;
    this.installJsonParser(instance);
    instance.addHook('onRoute', (route) => {
      route.bodyLimit = bodyLimitOf(route.config);
      this.routes.add(route.method, route.url);
    });
    instance.addHook('onRequest', (request, _reply, done) => done(longUrlError(request)));
  }

  /** Nest would add its own JSON and form parsers here; the engine takes JSON and files only, through its own parsers. */
  override registerParserMiddleware(): void {}

  private installJsonParser(instance: FastifyInstance): void {
    instance.removeAllContentTypeParsers();
    instance.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
      try {
        refuseJsonOnUploadRoute(request);
        done(null, parseJsonBody(request, body as Buffer));
      } catch (error) {
        done(error as Error, undefined);
      }
    });
    instance.addContentTypeParser([...UPLOAD_MEDIA_TYPES], { parseAs: 'buffer' }, (request, body, done) => {
      try {
        done(null, parseUploadBody(request, body as Buffer));
      } catch (error) {
        done(error as Error, undefined);
      }
    });
  }
}

function longUrlError(request: FastifyRequest): ApiError | undefined {
  const url = request.raw.url ?? '';
  return url.length > MAX_URL_LENGTH ? new ApiError('URI_TOO_LONG', `The URL is longer than ${MAX_URL_LENGTH} characters.`) : undefined;
}
