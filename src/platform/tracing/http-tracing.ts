import { context, propagation, Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CORRELATION_ATTRIBUTE } from '../../event-store/commands/command-tracing';
import { correlationIdOf } from '../http/correlation';
import { UNMATCHED_ROUTE } from '../metrics/http-metrics';

const tracer = trace.getTracer('nihil-obstat');
const SPAN = Symbol('span');
type Traced = FastifyRequest & { [SPAN]?: Span };

/**
 * One server span per request, named by the route's pattern, continuing the caller's `traceparent` when
 * it sends one. The request and reply emitters are bound to the span's context, so that the handler
 * still runs in it after the body has arrived (stream events otherwise run in the socket's context).
 * Registered only when tracing is on.
 */
export function registerHttpTracing(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request: Traced, reply, done) => {
    const route = request.routeOptions.url ?? UNMATCHED_ROUTE;
    const parent = propagation.extract(context.active(), request.headers);
    const span = tracer.startSpan(
      `${request.method} ${route}`,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': request.method, 'http.route': route, [CORRELATION_ATTRIBUTE]: correlationIdOf(request.raw) },
      },
      parent,
    );
    request[SPAN] = span;
    const active = trace.setSpan(parent, span);
    context.bind(active, request.raw);
    context.bind(active, reply.raw);
    context.with(active, done);
  });
  fastify.addHook('onResponse', (request: Traced, reply, done) => {
    const span = request[SPAN];
    span?.setAttribute('http.response.status_code', reply.statusCode);
    if (reply.statusCode >= 500) span?.setStatus({ code: SpanStatusCode.ERROR });
    span?.end();
    done();
  });
}
