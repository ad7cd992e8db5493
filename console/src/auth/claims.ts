export const ROLES = ['pga', 'member-state', 'observer', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** What the console reads from a bearer token (it verifies nothing: the engine does). */
export interface Claims {
  sub?: string;
  role?: Role;
  state?: string;
  /** Seconds since the epoch. */
  exp?: number;
}

/** The claims of a JWT, or undefined when the text is not one. */
export function claimsOf(token: string): Claims | undefined {
  const parts = token.trim().split('.');
  if (parts.length !== 3) return undefined;
  try {
    const json = atob(
      parts[1]
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(parts[1].length / 4) * 4, '='),
    );
    const payload = JSON.parse(decodeURIComponent(escape(json))) as Record<string, unknown>;
    return {
      sub: typeof payload.sub === 'string' ? payload.sub : undefined,
      role: ROLES.includes(payload.role as Role) ? (payload.role as Role) : undefined,
      state: typeof payload.state === 'string' ? payload.state : undefined,
      exp: typeof payload.exp === 'number' ? payload.exp : undefined,
    };
  } catch {
    return undefined;
  }
}

export function isExpired(claims: Claims, now = Date.now()): boolean {
  return claims.exp !== undefined && claims.exp * 1000 <= now;
}

/** Where each role starts. */
export function homeOf(role: Role | undefined): string {
  if (role === 'member-state') return '/pending';
  return role === 'auditor' ? '/history' : '/meetings';
}
