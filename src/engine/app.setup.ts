import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from '../platform/config';
import { correlationIdOf } from '../platform/http/correlation';
import { preventCachingOfCredentialedAnswers, registerSecurityHeaders } from '../platform/http/security-headers';
import { ApiErrorFilter } from '../platform/http/api-error.filter';
import { validationPipe } from '../platform/http/validation';
import { EdgeFastifyAdapter } from '../platform/http/edge-adapter';
import { RouteTable } from '../platform/http/route-table';
import { HttpServerLimits, loadConfig } from '../platform/config';
import { EngineMetrics } from '../platform/metrics/engine-metrics';
import { registerHttpMetrics } from '../platform/metrics/http-metrics';
import { registerHttpTracing } from '../platform/tracing/http-tracing';

/** The Fastify adapter every entry point uses: the limits at the edge (see EdgeFastifyAdapter), from the environment. */
export function createFastifyAdapter(limits: HttpServerLimits = loadConfig().http): EdgeFastifyAdapter {
  return new EdgeFastifyAdapter(limits);
}

/** Everything main.ts and the HTTP tests share: pipes, filters, headers, docs, shutdown hooks. */
export interface AppOptions {
  /** Swagger UI needs @fastify/static loaded through a dynamic import, which Jest's ESM mode cannot do. */
  swaggerUi?: boolean;
}

export function configureApp(app: NestFastifyApplication, options: AppOptions = {}): NestFastifyApplication {
  const config = app.get<AppConfig>(APP_CONFIG);
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new ApiErrorFilter(routeTableOf(app)));
  const fastify = app.getHttpAdapter().getInstance();
  // First, so that the request's span is active in every later hook, the logger's included.
  if (config.tracing.endpoint) registerHttpTracing(fastify);
  registerSecurityHeaders(fastify, '/docs', config.oidc.issuer);
  registerHttpMetrics(fastify, app.get(EngineMetrics));
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header('x-correlation-id', correlationIdOf(request.raw));
    preventCachingOfCredentialedAnswers(request, reply);
  });
  // Off (API_DOCS=false), /docs and /docs-json are unknown routes: 404 NOT_FOUND.
  if (config.apiDocs) {
    SwaggerModule.setup('docs', app, createOpenApiDocument(app), { jsonDocumentUrl: 'docs-json', ui: options.swaggerUi ?? true });
  }
  return app;
}

function routeTableOf(app: NestFastifyApplication): RouteTable | undefined {
  const adapter = app.getHttpAdapter();
  return adapter instanceof EdgeFastifyAdapter ? adapter.routes : undefined;
}

/** The OpenAPI document that /docs-json serves; scripts/openapi-document.ts writes it to a file. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Nihil Obstat')
      .setDescription(
        'Accreditation and arrangements for high-level meetings of the UN General Assembly. Every route may also answer, in the ' +
          'same error shape: 404 NOT_FOUND or 405 METHOD_NOT_ALLOWED (no such route), 408 REQUEST_TIMEOUT (a request too slow to ' +
          'arrive), 413 PAYLOAD_TOO_LARGE (a body over 64 KiB, 2 MiB for the bulk proposal and the import, or JSON nested deeper than 32 levels), ' +
          '414 URI_TOO_LONG, 415 UNSUPPORTED_MEDIA_TYPE (a body that is not application/json, or on the import not text/csv or XLSX) and ' +
          '431 HEADERS_TOO_LARGE. Any route also takes the header x-consistent-at: <position> (a position a command answered, ' +
          "perhaps through another engine process): the request is answered only once this process's views include that " +
          'position, waiting at most PROJECTION_WAIT_MS, then 503 PROJECTION_TIMEOUT (also for a position beyond the end of ' +
          'the log); a value that is not a position is 400 VALIDATION_FAILED naming the header',
      )
      .setVersion('1')
      .addServer('/', 'The engine that serves this document')
      .addBearerAuth()
      .build(),
  );
}
