/**
 * The routes of the HTTP contract (../shared/api-contract.md, beside the repository) in OpenAPI form,
 * with the roles its tables name and what it says of their body and answer: the one table the HTTP
 * tests take routes and roles from. It holds the whole contract, each version's rows in its own file
 * under contract-routes/; the routes no controller declares yet are pending, derived from the engine.
 */

import { EngineModule } from '../../src/engine/engine.module';
import { ContractRoute, Role } from './contract-routes/route-types';
import { V1_ROUTES } from './contract-routes/v1';
import { V1_1_ROUTES } from './contract-routes/v1-1';
import { V1_2_ROUTES } from './contract-routes/v1-2';
import { routesDeclaredBy } from './served-routes';

export { ANY_ROLE, PUBLIC } from './contract-routes/route-types';
export type { ContractRoute, Role } from './contract-routes/route-types';

export const CONTRACT_ROUTES: Record<string, ContractRoute> = { ...V1_ROUTES, ...V1_1_ROUTES, ...V1_2_ROUTES };

/**
 * Routes beyond the contract, with their roles (where it is silent, the engine may add routes and
 * must document them). Listed so that a typo in a contract route cannot pass as an extension.
 */
export const EXTENSION_ROUTES: Record<string, Role[]> = {
  // The console's list of recent audit jobs (contract 1.2 names the job routes, not this one).
  'GET /v1/audit/jobs': ['auditor', 'pga'],
};

/** The `METHOD /path` routes under /v1 that the controllers the engine registers declare. */
export const DECLARED_ROUTES: ReadonlySet<string> = new Set(
  [...routesDeclaredBy(EngineModule)].filter((key) => key.split(' ')[1].startsWith('/v1/')),
);

/**
 * Routes of the contract that no controller declares yet (being built on another branch): a
 * controller that declares one serves it, and the tests then hold it to its row.
 */
export const PENDING_ROUTES: ReadonlySet<string> = new Set(Object.keys(CONTRACT_ROUTES).filter((key) => !DECLARED_ROUTES.has(key)));

/** The contract's routes that the engine serves now. */
export const SERVED_CONTRACT_ROUTES: string[] = Object.keys(CONTRACT_ROUTES).filter((key) => !PENDING_ROUTES.has(key));

/** Every route of the table the engine must serve now. */
export const SERVED_ROUTES: string[] = [...SERVED_CONTRACT_ROUTES, ...Object.keys(EXTENSION_ROUTES)];

export function rolesOf(key: string): Role[] {
  const roles = CONTRACT_ROUTES[key]?.roles ?? EXTENSION_ROUTES[key];
  if (!roles) throw new Error(`${key} is not in the route table (test/support/contract-routes/)`);
  return roles;
}

/** A route that needs no token. */
export function isPublicRoute(key: string): boolean {
  return rolesOf(key).length === 0;
}

/** How the routes the engine documents (`METHOD /path` keys from /docs-json) differ from the table. */
export function routeTableProblems(documented: string[]): string[] {
  const servedOrDocumented = [...new Set([...documented, ...DECLARED_ROUTES])];
  const unknown = servedOrDocumented.filter((key) => !SERVED_ROUTES.includes(key));
  const undocumented = SERVED_ROUTES.filter((key) => !documented.includes(key));
  return [
    ...unknown.map((key) => `${key}: served, but not in the route table (test/support/contract-routes/)`),
    ...undocumented.map((key) =>
      DECLARED_ROUTES.has(key) ? `${key}: declared by a controller, but not documented` : `${key}: an extension, but not served`,
    ),
  ];
}
