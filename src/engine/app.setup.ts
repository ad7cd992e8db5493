import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { IncomingMessage } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from '../platform/config';
import { correlationIdOf } from '../platform/http/correlation';
import { preventCachingOfCredentialedAnswers, registerSecurityHeaders } from '../platform/http/security-headers';
import { ApiErrorFilter } from '../platform/http/api-error.filter';
import { validationPipe } from '../platform/http/validation';

/** The Fastify adapter every entry point uses: generous body limit for bulk lists, correlation ids as request ids. */
export function createFastifyAdapter(): FastifyAdapter {
  return new FastifyAdapter({ bodyLimit: 8 * 1024 * 1024, genReqId: (request: unknown) => correlationIdOf(request as IncomingMessage) });
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
  app.useGlobalFilters(new ApiErrorFilter());
  const fastify = app.getHttpAdapter().getInstance();
  registerSecurityHeaders(fastify, '/docs');
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

/** The OpenAPI document that /docs-json serves; scripts/openapi-document.ts writes it to a file. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Nihil Obstat')
      .setDescription('Accreditation and arrangements for high-level meetings of the UN General Assembly')
      .setVersion('1')
      .addServer('/', 'The engine that serves this document')
      .addBearerAuth()
      .build(),
  );
}
