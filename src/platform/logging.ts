import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import { correlationIdOf } from './http/correlation';

/** Structured JSON logs; every request line carries its correlation id as `correlationId`. */
export function loggerOptions(env: NodeJS.ProcessEnv = process.env): Params {
  return {
    forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: env.LOG_LEVEL ?? 'info',
      genReqId: (request) => correlationIdOf(request),
      customAttributeKeys: { reqId: 'correlationId' },
      redact: ['req.headers.authorization'],
      autoLogging: { ignore: (request) => request.url === '/health' },
    },
  };
}
