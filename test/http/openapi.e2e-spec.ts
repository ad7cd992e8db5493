import {
  ANY_ROLE,
  CONTRACT_ROUTES,
  ContractRoute,
  isPublicRoute,
  PENDING_ROUTES,
  routeTableProblems,
  SERVED_CONTRACT_ROUTES,
  SERVED_ROUTES,
} from '../support/contract-routes';
import { procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The OpenAPI document at /docs-json against the HTTP contract (../shared/api-contract.md), whose
 * routes are in ../support/contract-routes.ts: the document must list exactly the routes of that
 * table the engine serves, each with its body, its answer and its errors.
 */

/** The meeting, list and panel views, which take `?asOf=<instant>`. */
const AS_OF_ROUTES = [
  'GET /v1/meetings/{meetingId}',
  'GET /v1/meetings/{meetingId}/accreditations',
  'GET /v1/meetings/{meetingId}/lists/{listId}',
  'GET /v1/meetings/{meetingId}/panels',
];

/**
 * Contract routes whose successful answer is not documented yet, in files outside
 * src/accreditation/http. The test fails when one gets documented, so that it leaves this list.
 */
const SUCCESS_NOT_YET_DOCUMENTED = new Set<string>();

const PARAMS: Record<string, string> = {
  meetingId: 'trafficking-2013',
  listId: 'civil-society',
  entryId: '3f2b8c1e-6a4d-4e2b-9c1a-7d5e8f9a0b1c',
  batch: '1',
  panelId: 'prevention-panel',
  role: 'eminent-person',
  representativeId: '5a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  requestId: '6b2e3d4c-5f6a-4b7c-9d8e-0f1a2b3c4d5e',
  revision: '1',
  pendingId: '7c3f4e5d-6a7b-4c8d-8e9f-1a2b3c4d5e6f',
  jobId: '8d4a5f6e-7b8c-4d9e-9f0a-2b3c4d5e6f7a',
  position: '1',
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the OpenAPI document as /docs-json answers it, walked by JSON pointer: `any` on purpose, like every JSON answer in the tests (see eslint.config.mjs)
type Schema = Record<string, any>;

function resolve(document: Schema, schema: Schema | undefined): Schema {
  let current = schema ?? {};
  for (let depth = 0; current.$ref && depth < 20; depth++) {
    current =
      current.$ref
        .replace(/^#\//, '')
        .split('/')
        .reduce((node: Schema, part: string) => node?.[part], document) ?? {};
  }
  return current;
}

/** Properties and required names of an object schema, through $ref and allOf. */
function objectOf(document: Schema, given: Schema | undefined): { properties: Record<string, Schema>; required: string[] } {
  const schema = resolve(document, given);
  const parts = [schema, ...(schema.allOf ?? []).map((part: Schema) => objectOf(document, part))];
  return {
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
    required: parts.flatMap((p) => p.required ?? []),
  };
}

const [method, path] = [(key: string) => key.split(' ')[0], (key: string) => key.split(' ')[1]];

/** The error statuses a route must document, from the contract's conventions and error table. */
function expectedErrors(key: string, route: ContractRoute): number[] {
  const takesInput = /\{/.test(path(key)) || route.body !== undefined || route.query !== undefined;
  // A public route has no caller to refuse (401, 403) and no caller to scope an Idempotency-Key to (422).
  if (isPublicRoute(key)) return takesInput ? [400] : [];
  const statuses = new Set([401]);
  if (takesInput) statuses.add(400);
  if (route.roles.length < ANY_ROLE.length) statuses.add(403);
  if (path(key).includes('{meetingId}')) statuses.add(404);
  const command = method(key) !== 'GET';
  if (command && (path(key).includes('{meetingId}') || key === 'POST /v1/meetings')) statuses.add(409);
  if (method(key) === 'POST') statuses.add(422);
  return [...statuses].sort();
}

describe('HTTP: the OpenAPI document', () => {
  let t: TestApp;
  let document: Schema;

  beforeAll(async () => {
    t = await startTestApp();
    // The public routes answer without a token, about a meeting that exists.
    await procedure(t, PARAMS.meetingId).createMeeting();
    const response = await t.inject({ method: 'GET', url: '/docs-json' });
    expect(response.statusCode).toBe(200);
    document = response.json();
  });
  afterAll(() => t?.close());

  const operation = (key: string): Schema | undefined => document.paths?.[path(key)]?.[method(key).toLowerCase()];
  const documentedKeys = () =>
    Object.entries<Schema>(document.paths)
      .filter(([p]) => p.startsWith('/v1/'))
      .flatMap(([p, operations]) =>
        Object.keys(operations)
          .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
          .map((m) => `${m.toUpperCase()} ${p}`),
      );

  /** What a request without a token gets: 401 on a route the engine serves, 404 on one it does not. */
  async function statusWithoutToken(key: string): Promise<number> {
    const url = path(key).replace(/\{(\w+)\}/g, (_, name: string) => PARAMS[name]);
    return (await t.inject({ method: method(key), url })).statusCode;
  }

  /** Runs `check` on every served contract route and expects no problem. */
  function everyServed(check: (key: string, route: ContractRoute, op: Schema) => string[]) {
    const problems = SERVED_CONTRACT_ROUTES.flatMap((key) => {
      const op = operation(key);
      return op ? check(key, CONTRACT_ROUTES[key], op).map((p) => `${key}: ${p}`) : [`${key}: not in the document`];
    });
    expect(problems).toEqual([]);
  }

  it('is an OpenAPI 3 document of version 1 of the API', () => {
    expect(document.openapi).toMatch(/^3\./);
    expect(document.info).toMatchObject({ title: expect.any(String), version: '1' });
  });

  it('documents exactly the routes of the route table, but those still pending', () => {
    expect(routeTableProblems(documentedKeys())).toEqual([]);
  });

  it('serves every route of the table (401 without a token, public ones answer) but the pending ones (404 or 405)', async () => {
    const problems: string[] = [];
    for (const key of [...SERVED_ROUTES, ...PENDING_ROUTES]) {
      const status = await statusWithoutToken(key);
      if (PENDING_ROUTES.has(key)) {
        // 405: the path is served with another method (e.g. 1.2's PATCH of an entry beside its DELETE).
        if (status !== 404 && status !== 405) problems.push(`${key}: pending, but answers ${status} without a token`);
      } else if (isPublicRoute(key)) {
        if (status === 401 || status === 404) problems.push(`${key}: public, but answers ${status} without a token`);
      } else if (status !== 401) problems.push(`${key}: answers ${status} without a token, not 401`);
    }
    expect(problems).toEqual([]);
  });

  it('documents every path parameter', () => {
    everyServed((key, _route, op) => {
      const names = [...path(key).matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const documented = (op.parameters ?? []).map((p: Schema) => resolve(document, p)).filter((p: Schema) => p.in === 'path');
      return names
        .filter((name) => !documented.some((p: Schema) => p.name === name && p.required === true && p.schema))
        .map((name) => `path parameter ${name} is not documented`);
    });
  });

  it('gives every POST and PUT with a body a JSON requestBody whose schema has the contract fields', () => {
    everyServed((key, route, op) => {
      if (!route.body) return [];
      const schema = op.requestBody?.content?.['application/json']?.schema;
      if (!schema) return ['no requestBody with an application/json schema'];
      const { properties, required } = objectOf(document, schema);
      return [
        ...route.body.fields.filter((f) => !(f in properties)).map((f) => `body field ${f} is not documented`),
        ...route.body.required.filter((f) => !required.includes(f)).map((f) => `body field ${f} is not marked required`),
      ];
    });
  });

  it('documents the error responses of every route with the contract error body', () => {
    everyServed((key, route, op) => {
      const documented = Object.keys(op.responses ?? {}).map(Number);
      const missing = expectedErrors(key, route).filter((status) => !documented.includes(status));
      const badBodies = documented
        .filter((status) => status >= 400)
        .filter((status) => {
          const { properties, required } = objectOf(document, op.responses[status]?.content?.['application/json']?.schema);
          return !['statusCode', 'code', 'message'].every((f) => f in properties && required.includes(f)) || !('details' in properties);
        });
      return [
        ...missing.map((status) => `error response ${status} is not documented`),
        ...badBodies.map((status) => `error response ${status} does not describe { statusCode, code, message, details? }`),
      ];
    });
  });

  it('documents the successful answer of every route: its status and the contract fields', () => {
    everyServed((key, route, op) => {
      const successes = Object.keys(op.responses ?? {}).filter((status) => /^2\d\d$/.test(status));
      if (SUCCESS_NOT_YET_DOCUMENTED.has(key)) {
        return successes.length === 0 ? [] : ['is documented now: take it out of SUCCESS_NOT_YET_DOCUMENTED'];
      }
      const also = route.alsoAnswers;
      const wanted = also ? 2 : 1;
      if (successes.length !== wanted) return [`documents ${successes.length} successful answers (${successes.join(', ')}), not ${wanted}`];
      const status = successes.find((s) => Number(s) !== also?.status)!;
      const problems: string[] = also ? answerProblems(op, String(also.status), also.answer) : [];
      if (route.success && Number(status) !== route.success) problems.push(`documents ${status}, the contract says ${route.success}`);
      if (!route.success && !['200', '201'].includes(status)) problems.push(`documents ${status}, the contract says 200 or 201`);
      const content = op.responses[status]?.content ?? {};
      problems.push(...(route.files ?? []).filter((type) => !content[type]).map((type) => `answer ${status} has no ${type} content`));
      if (route.files && !route.files.includes('application/json')) return problems;
      return [...problems, ...answerProblems(op, status, route.answer)];
    });
  });

  function answerProblems(op: Schema, status: string, answer: string[]): string[] {
    const schema = op.responses[status]?.content?.['application/json']?.schema;
    if (!schema) return [`answer ${status} has no application/json schema`];
    const { properties } = objectOf(document, schema);
    return answer.filter((f) => !(f in properties)).map((f) => `answer ${status} field ${f} is not documented`);
  }

  it('documents the query parameters the contract names', () => {
    everyServed((_key, route, op) => {
      const documented = (op.parameters ?? []).map((p: Schema) => resolve(document, p)).filter((p: Schema) => p.in === 'query');
      return (route.query ?? [])
        .filter((name) => !documented.some((p: Schema) => p.name === name))
        .map((name) => `query ${name} is not documented`);
    });
  });

  // The contract: "?asOf=<instant> works on every meeting, list and panel GET".
  it('documents ?asOf= (optional, an instant) on every meeting, list and panel GET', () => {
    everyServed((key, _route, op) => {
      if (!AS_OF_ROUTES.includes(key)) return [];
      const asOf = (op.parameters ?? [])
        .map((p: Schema) => resolve(document, p))
        .filter((p: Schema) => p.in === 'query' && p.name === 'asOf');
      if (asOf.length !== 1) return [`documents ?asOf= ${asOf.length} times, not once`];
      const problems = asOf[0].required ? ['marks ?asOf= required'] : [];
      return asOf[0].schema?.format === 'date-time' ? problems : [...problems, '?asOf= is not a date-time'];
    });
  });

  it('documents ?asOfPosition= (optional, a decimal position) beside ?asOf= on every meeting, list and panel GET', () => {
    everyServed((key, _route, op) => {
      if (!AS_OF_ROUTES.includes(key)) return [];
      const parameters = (op.parameters ?? []).map((p: Schema) => resolve(document, p));
      const position = parameters.filter((p: Schema) => p.in === 'query' && p.name === 'asOfPosition');
      if (position.length !== 1) return [`documents ?asOfPosition= ${position.length} times, not once`];
      return position[0].required || position[0].schema?.pattern !== '^\\d+$' ? ['?asOfPosition= is not an optional decimal position'] : [];
    });
  });

  it('declares bearer authentication (JWT) and requires it on every /v1 route but the public ones, and on nothing else', () => {
    const schemes: Record<string, Schema> = document.components?.securitySchemes ?? {};
    const bearerNames = Object.entries(schemes)
      .filter(([, scheme]) => scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'bearer')
      .map(([name]) => name);
    expect(bearerNames.length).toBeGreaterThan(0);
    expect(schemes[bearerNames[0]]).toMatchObject({ bearerFormat: 'JWT' });
    const global: Schema[] = document.security ?? [];
    const problems: string[] = [];
    for (const [p, operations] of Object.entries<Schema>(document.paths)) {
      for (const [m, op] of Object.entries<Schema>(operations)) {
        const security: Schema[] = op.security ?? global;
        const usesBearer = security.some((requirement) => bearerNames.some((name) => name in requirement));
        const guarded = p.startsWith('/v1/') && !isPublicRoute(`${m.toUpperCase()} ${p}`);
        if (guarded && !usesBearer) problems.push(`${m.toUpperCase()} ${p} does not require the bearer token`);
        if (!guarded && usesBearer) problems.push(`${m.toUpperCase()} ${p} needs no token but says it does`);
      }
    }
    expect(problems).toEqual([]);
  });
});
