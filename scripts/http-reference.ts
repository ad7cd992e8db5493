/**
 * docs/http-api.md, the HTTP reference, rendered from the engine's OpenAPI document: `npm run docs:http`
 * writes it (`-- --out FILE` elsewhere); test/http/openapi-document.e2e-spec.ts fails when the committed file differs.
 */
import { writeFileSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import type { OpenAPIObject, OperationObject, ReferenceObject } from '@nestjs/swagger';
import { anchorOf, cell, detailsOf, fieldsTable, isReference, resolve, schemasSection, sentence, typeOf } from './http-reference-schemas';
import { buildOpenApiDocument, outOption } from './openapi-document';

export const HTTP_REFERENCE_PATH = 'docs/http-api.md';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Route {
  method: string;
  path: string;
  operation: OperationObject;
}

export function renderHttpReference(document: OpenAPIObject): string {
  const byTag = routesByTag(document);
  const lines = [
    ...introduction(document),
    ...contents(byTag),
    ...[...byTag].flatMap(([tag, routes]) => [`## ${tag}`, '', ...routes.flatMap((route) => routeSection(document, route))]),
    '## Schemas',
    '',
    ...schemasSection(document),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

function routesByTag(document: OpenAPIObject): Map<string, Route[]> {
  const byTag = new Map<string, Route[]>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method: method.toUpperCase(), path, operation }]);
    }
  }
  return byTag;
}

function introduction(document: OpenAPIObject): string[] {
  const { title, version, description } = document.info;
  return [
    '# HTTP API reference',
    '',
    '<!-- Generated from the OpenAPI document by `npm run docs:http`: change the controllers, not this file. -->',
    '',
    `${title}, API version ${version}: ${description}.`,
    'The engine serves the same OpenAPI document at `/docs-json`, and Swagger UI at `/docs`.',
    "Every route but the public ones needs a bearer token (`Authorization: Bearer <JWT>`) that carries the caller's role",
    "(and a Member State's `state`). Errors answer with an [ApiErrorDto](#apierrordto).",
    '',
  ];
}

function contents(byTag: Map<string, Route[]>): string[] {
  const entries = [...byTag].flatMap(([tag, routes]) => [
    `- [${tag}](#${anchorOf(tag)})`,
    ...routes.map((route) => `  - [${heading(route)}](#${anchorOf(heading(route))}): ${route.operation.summary ?? ''}`),
  ]);
  return ['## Contents', '', ...entries, `- [Schemas](#schemas)`, ''];
}

const heading = ({ method, path }: Route) => `${method} ${path}`;

function routeSection(document: OpenAPIObject, route: Route): string[] {
  const { operation } = route;
  const { roles, notes } = rolesOf(operation.description);
  return [
    `### ${heading(route)}`,
    '',
    sentence(operation.summary ?? ''),
    '',
    `${needsToken(document, operation) ? `Role: ${roles}.` : 'Public: no token needed.'}${notes ? ` ${notes}` : ''}`,
    '',
    ...parametersTable(operation),
    ...requestBody(document, operation),
    ...responsesTable(operation),
  ];
}

/** The controllers' descriptions open with "Role: ..." or "Roles: ..."; the rest is a note. */
function rolesOf(description = ''): { roles: string; notes: string } {
  const match = /^Roles?: (.*?)\.(?:\s+(.*))?$/s.exec(description.trim());
  return match ? { roles: match[1], notes: match[2] ?? '' } : { roles: 'any caller with a token', notes: description };
}

function needsToken(document: OpenAPIObject, operation: OperationObject): boolean {
  return (operation.security ?? document.security ?? []).some((requirement) => Object.keys(requirement).length > 0);
}

/** @nestjs/swagger writes parameters, request bodies and responses in place: only schemas are referenced. */
function inPlace<T extends object>(value: T | ReferenceObject): T {
  if (isReference(value)) throw new Error(`Unexpected reference ${value.$ref}: only schemas are rendered from references`);
  return value;
}

function parametersTable(operation: OperationObject): string[] {
  const parameters = (operation.parameters ?? []).map(inPlace);
  if (parameters.length === 0) return [];
  return [
    '| Parameter | In | Type | Required | Description |',
    '| --- | --- | --- | --- | --- |',
    ...parameters.map(
      (p) =>
        `| \`${p.name}\` | ${p.in} | ${cell(typeOf(p.schema))} | ${p.required ? 'yes' : 'no'} | ${cell(detailsOf(p.description, p.schema))} |`,
    ),
    '',
  ];
}

function requestBody(document: OpenAPIObject, operation: OperationObject): string[] {
  const body = operation.requestBody && inPlace(operation.requestBody);
  const schema = body?.content?.['application/json']?.schema;
  if (body && !schema && body.content)
    return [
      `Request body: a file, sent as ${Object.keys(body.content)
        .map((type) => `\`${type}\``)
        .join(' or ')}`,
      '',
    ];
  if (!body || !schema) return [];
  const fields = fieldsTable(resolve(document, schema));
  return [`Request body (JSON${body.required ? '' : ', optional'}): ${typeOf(schema)}`, '', ...(fields.length ? [...fields, ''] : [])];
}

function responsesTable(operation: OperationObject): string[] {
  const responses = Object.entries(operation.responses ?? {}).flatMap(([status, given]) =>
    given ? [[status, inPlace(given)] as const] : [],
  );
  const rows = responses.map(([status, response]) => {
    const schema = response.content?.['application/json']?.schema;
    return `| ${status} | ${cell(response.description || STATUS_CODES[status] || '')} | ${schema ? cell(typeOf(schema)) : ''} |`;
  });
  return ['| Status | Meaning | Body |', '| --- | --- | --- |', ...rows, ''];
}

async function main(): Promise<void> {
  const out = outOption() ?? HTTP_REFERENCE_PATH;
  writeFileSync(out, renderHttpReference(await buildOpenApiDocument()));
  console.log(`Wrote ${out}`);
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
