import { SetMetadata } from '@nestjs/common';

export const ROLES = ['pga', 'member-state', 'observer', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLES_KEY = 'roles';
export const PUBLIC_KEY = 'public';

/** The roles that may call a route. Routes without it are open to any authenticated caller. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** A route that needs no token (health, docs). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
