import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import { trace } from '@opentelemetry/api';
import { tracingSettings } from './config';
import { correlationIdOf } from './http/correlation';

/**
 * Structured JSON logs; every request line carries its correlation id as `correlationId`, and, when
 * tracing is on, each line written inside a span its `traceId` and `spanId`.
 */
export function loggerOptions(env: NodeJS.ProcessEnv = process.env): Params {
  return {
    forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: env.LOG_LEVEL ?? 'info',
      genReqId: (request) => correlationIdOf(request),
      customAttributeKeys: { reqId: 'correlationId' },
      redact: ['req.headers.authorization'],
      autoLogging: { ignore: (request) => request.url === '/health' },
      ...(tracingSettings(env).endpoint ? { mixin: traceOfLine } : {}),
    },
  };
}

/** The active span's ids, to find a log line's trace (and the trace's log lines). */
function traceOfLine(): Record<string, string> {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { traceId, spanId };
}
