import { ConfigError, Env, nonEmpty } from '../env-values';
import { oidcSignIn } from './oidc-sign-in';
import { ClaimNames } from './token-claims';

/** How the tokens of the organization's OpenID provider are verified (contract 1.1, "Console and sign-in"). */
export interface IssuerSettings {
  /** AUTH_OIDC_ISSUER, exactly as the provider's discovery document and its tokens' `iss` spell it. */
  issuer: string;
  /** AUTH_OIDC_AUDIENCE: the `aud` the engine's tokens carry. */
  audience: string;
  claims: ClaimNames;
}

/** Undefined without AUTH_OIDC_ISSUER. An issuer needs an audience: without one, a token made for any other application would do. */
export function issuerSettings(env: Env): IssuerSettings | undefined {
  const { issuer } = oidcSignIn(env);
  if (issuer === undefined) return undefined;
  const audience = nonEmpty(env.AUTH_OIDC_AUDIENCE)?.trim();
  if (audience === undefined) {
    throw new ConfigError(
      'AUTH_OIDC_AUDIENCE must be set with AUTH_OIDC_ISSUER: the "aud" of the tokens the provider makes for the engine (its Application ID URI or client id).',
    );
  }
  return {
    issuer,
    audience,
    claims: { role: claimName(env, 'AUTH_ROLE_CLAIM', 'role'), state: claimName(env, 'AUTH_STATE_CLAIM', 'state') },
  };
}

function claimName(env: Env, variable: string, fallback: string): string {
  return nonEmpty(env[variable])?.trim() ?? fallback;
}
