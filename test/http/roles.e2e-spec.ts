import { ANY_ROLE, Role, rolesOf } from '../support/contract-routes';
import { startTestApp, TestApp } from '../support/test-app';
import {
  STATE_CHECKED,
  OBSERVER_MAY,
  COMMAND_METHODS,
  NOT_A_COMMAND,
  LATER_IN_THE_PROCEDURE,
  CALLERS,
  Schema,
  DocumentedRoute,
  errorProblem,
  expectError,
  REFUSED_TOKENS,
  documentedRoutes,
  urlOf,
  bodyOf,
  seed,
} from './roles.fixtures';

/**
 * Who may do what, over real HTTP. The routes come from the app's own OpenAPI document, so a new
 * route is covered as soon as it is documented; the roles come from the route table
 * (../support/contract-routes.ts), which the OpenAPI test keeps equal to the documented routes.
 */
describe('HTTP: roles and authentication', () => {
  let t: TestApp;
  let routes: DocumentedRoute[];
  let document: Schema;
  let params: Record<string, string>;

  beforeAll(async () => {
    // Every refused token on every route comes from one address: more than its budget of a minute.
    t = await startTestApp({ env: { RATE_LIMIT_PUBLIC_RPM: '0' } });
    params = await seed(t);
    ({ routes, document } = await documentedRoutes(t));
  });
  afterAll(() => t?.close());

  const commandRoutes = () => routes.filter((r) => COMMAND_METHODS.has(r.method) && !NOT_A_COMMAND.has(r.key));
  const send = (route: DocumentedRoute, headers: Record<string, string>) =>
    t.inject({ method: route.method, url: urlOf(document, route, params), headers, payload: bodyOf(document, route) });

  /** Sends each route as `headers`, collects every answer that is not `status code`, and checks nothing was stored. */
  async function expectRefused(selected: DocumentedRoute[], headers: Record<string, string>, status: number, code: string) {
    const before = await t.eventCount();
    const problems: string[] = [];
    for (const route of selected) {
      const problem = errorProblem(await send(route, headers), status, code);
      if (problem) problems.push(`${route.key}: ${problem}`);
    }
    expect(problems).toEqual([]);
    expect(await t.eventCount()).toBe(before);
  }

  it('finds the command routes in the OpenAPI document', () => {
    const keys = commandRoutes().map((r) => r.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'POST /v1/meetings',
        'POST /v1/meetings/{meetingId}/lists',
        'POST /v1/meetings/{meetingId}/lists/{listId}/entries',
        'POST /v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/objections',
      ]),
    );
  });

  it('refuses the auditor every command with 403 FORBIDDEN and stores nothing', async () => {
    await expectRefused(commandRoutes(), CALLERS.auditor, 403, 'FORBIDDEN');
  });

  it('lets the auditor start an audit job, which stores nothing', async () => {
    const before = await t.eventCount();
    const started = await t.inject({ method: 'POST', url: '/v1/audit/jobs', headers: CALLERS.auditor, payload: { kind: 'verification' } });
    expect(started.statusCode).toBe(202);
    expect(Object.keys(started.json())).toEqual(['jobId']);
    expect(await t.eventCount()).toBe(before);
  });

  it('refuses an observer every command but inscribing a speaker, with 403 FORBIDDEN, and stores nothing', async () => {
    await expectRefused(
      commandRoutes().filter((r) => !OBSERVER_MAY.has(r.key)),
      CALLERS.observer,
      403,
      'FORBIDDEN',
    );
  });

  it('refuses a Member State every pga-only route with 403 FORBIDDEN and stores nothing', async () => {
    const pgaOnly = routes.filter((r) => rolesOf(r.key).every((role) => role === 'pga'));
    expect(pgaOnly.map((r) => r.key)).toContain('POST /v1/meetings');
    await expectRefused(pgaOnly, CALLERS['member-state'], 403, 'FORBIDDEN');
  });

  it.each(ANY_ROLE)('refuses %s every route that its table does not give to that role', async (role) => {
    const closed = routes.filter((r) => !rolesOf(r.key).includes(role));
    await expectRefused(closed, CALLERS[role], 403, 'FORBIDDEN');
  });

  it('lets the auditor read every GET route that is open to it', async () => {
    const problems: string[] = [];
    for (const route of routes.filter((r) => r.method === 'GET' && rolesOf(r.key).includes('auditor'))) {
      const response = await send(route, CALLERS.auditor);
      if (LATER_IN_THE_PROCEDURE.has(route.key) && errorProblem(response, 409, 'INVALID_STATE') === undefined) continue;
      if (response.statusCode !== 200) problems.push(`${route.key}: ${response.statusCode} ${response.body.slice(0, 200)}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(Object.keys(REFUSED_TOKENS))('answers %s with 401 UNAUTHENTICATED on every /v1 route, GET included', async (name) => {
    expect(routes.some((r) => r.method === 'GET')).toBe(true);
    await expectRefused(routes, REFUSED_TOKENS[name], 401, 'UNAUTHENTICATED');
  });

  it('asks for authentication before looking at the body or the path', async () => {
    const before = await t.eventCount();
    expectError(await t.inject({ method: 'POST', url: '/v1/meetings', payload: { id: 'X' } }), 401, 'UNAUTHENTICATED');
    expectError(await t.inject({ method: 'GET', url: '/v1/meetings/NOT%20A%20SLUG' }), 401, 'UNAUTHENTICATED');
    expectError(await t.inject({ method: 'POST', url: '/v1/meetings', headers: CALLERS.auditor, payload: { id: 'X' } }), 403, 'FORBIDDEN');
    expect(await t.eventCount()).toBe(before);
  });

  it('needs no token for /health and the OpenAPI document', async () => {
    expect((await t.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    expect((await t.inject({ method: 'GET', url: '/docs-json' })).statusCode).toBe(200);
  });
});

describe('HTTP: allowed roles are not refused for their role', () => {
  let t: TestApp;
  let routes: DocumentedRoute[];
  let document: Schema;
  let params: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp();
    params = await seed(t);
    ({ routes, document } = await documentedRoutes(t));
  });
  afterAll(() => t?.close());

  it.each(['auditor', 'observer', 'member-state', 'pga'] as Role[])(
    'lets %s through on every route its table gives it (the answer may be anything but 401 or 403)',
    async (role) => {
      const problems: string[] = [];
      for (const route of routes) {
        if (!rolesOf(route.key).includes(role) || STATE_CHECKED.has(route.key)) continue;
        const response = await t.inject({
          method: route.method,
          url: urlOf(document, route, params),
          headers: CALLERS[role],
          payload: bodyOf(document, route),
        });
        if (response.statusCode === 401 || response.statusCode === 403)
          problems.push(`${route.key}: ${response.statusCode} ${response.body}`);
      }
      expect(problems).toEqual([]);
    },
  );
});
