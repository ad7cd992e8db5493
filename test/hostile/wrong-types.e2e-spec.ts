import { CONTRACT_ROUTES, PENDING_ROUTES } from '../support/contract-routes';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import { expectContractError, expectHealthy, sendRaw, Snapshot, snapshot } from './hostile-support';

interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
}
interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
}

/** What a hostile client puts in place of each field, at every level. */
const WRONG_VALUES: [string, unknown][] = [
  ['null', null],
  ['a number', 42],
  ['an array', [1, 'two', null]],
  ['an object', { nested: { deeper: true } }],
  ['a string of 100,000 characters', 'x'.repeat(100_000)],
];

/**
 * Every command body of the OpenAPI document, each field at every level replaced by each wrong value:
 * a 4xx in the contract's shape, never a 500, and nothing stored.
 */
describe('wrong types at every level of every command body (from GET /docs-json)', () => {
  let t: TestApp;
  let before: Snapshot;
  let cases: { route: string; method: string; url: string; field: string; body: object }[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    const p = procedure(t);
    await p.createMeeting();
    await p.createList('civil-society', 'non-objection');
    const [entryId] = await p.propose('civil-society', [org('La Strada International', 'NLD')]);
    await p.submit('civil-society', '2013-05-10T18:00:00-04:00');
    before = await snapshot(t, 'trafficking-2013', 'civil-society');
    const document = (await t.inject({ method: 'GET', url: '/docs-json' })).json() as OpenApi;
    cases = commandCases(document, {
      meetingId: 'trafficking-2013',
      listId: 'civil-society',
      entryId,
      batch: '1',
      panelId: 'panel-one',
      role: 'eminent-person',
    });
  });
  afterAll(async () => {
    expect(await snapshot(t, 'trafficking-2013', 'civil-society')).toEqual(before);
    await expectHealthy(t);
    await t.close();
  });

  it('covers every command body of the contract', () => {
    const withBodies = Object.entries(CONTRACT_ROUTES).filter(
      ([key, route]) => !PENDING_ROUTES.has(key) && route.body && route.body.fields.length > 0,
    );
    expect(new Set(cases.map((c) => c.route))).toEqual(new Set(withBodies.map(([route]) => route)));
  });

  it('refuses each wrong value in each field with a 4xx in the contract shape', async () => {
    const failures: string[] = [];
    for (const c of cases) {
      const role = CONTRACT_ROUTES[c.route]?.roles[0] ?? 'pga';
      const headers = {
        ...bearer(role, role === 'member-state' ? 'FRA' : role === 'observer' ? 'VAT' : undefined),
        'content-type': 'application/json',
      };
      const answer = await sendRaw(t, { method: c.method, url: c.url, headers, body: JSON.stringify(c.body) });
      if (answer.statusCode !== 400 && answer.statusCode !== 413)
        failures.push(`${c.route} ${c.field}: ${answer.statusCode} ${answer.body.slice(0, 200)}`);
      else
        expectContractError(answer, answer.statusCode, answer.statusCode === 400 ? 'VALIDATION_FAILED' : 'PAYLOAD_TOO_LARGE', 'xxxxxxxxxx');
    }
    expect(failures).toEqual([]);
    expect(cases.length).toBeGreaterThan(200);
  });
});

function commandCases(document: OpenApi, params: Record<string, string>) {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).flatMap(([method, operation]) => {
      const schema = operation.requestBody?.content['application/json']?.schema;
      if (!schema) return [];
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? 'unknown');
      const route = `${method.toUpperCase()} ${path}`;
      return fieldPaths(document, schema).flatMap((fieldPath) =>
        WRONG_VALUES.map(([name, value]) => ({
          route,
          method: method.toUpperCase(),
          url,
          field: `${fieldPath.join('.')} as ${name}`,
          body: placed(fieldPath, value),
        })),
      );
    }),
  );
}

/** Every field path of a schema: `name`, `policy.reminders`, `organizations.0.website`... */
function fieldPaths(document: OpenApi, schema: Schema, depth = 0): string[][] {
  const resolved = resolve(document, schema);
  if (depth > 3 || !resolved.properties) return [];
  return Object.entries(resolved.properties).flatMap(([name, property]) => {
    const child = resolve(document, property);
    const nested =
      child.type === 'array' && child.items
        ? fieldPaths(document, child.items, depth + 1).map((p) => [name, '0', ...p])
        : fieldPaths(document, child, depth + 1).map((p) => [name, ...p]);
    return [[name], ...nested];
  });
}

function resolve(document: OpenApi, schema: Schema): Schema {
  const ref = schema.$ref ?? schema.allOf?.find((s) => s.$ref)?.$ref;
  return ref ? document.components.schemas[ref.split('/').pop()!] : schema;
}

/** A body with `value` at the path, e.g. ['organizations', '0', 'name'] → { organizations: [{ name: value }] }. */
function placed(path: string[], value: unknown): object {
  const [head, ...rest] = path;
  const inner = rest.length === 0 ? value : rest[0] === '0' ? [placed(rest.slice(1), value)] : placed(rest, value);
  return { [head]: inner };
}
