import { decodeJwt, decodeProtectedHeader } from 'jose';
import { AuthSettings } from './auth-settings';

/** Which verification a token goes to, or a sentence saying why none may take it. */
export type TokenKind = 'secret' | 'issuer' | { refused: string };

/**
 * Decides by the token's header and `iss`, never by trying one verification and then the other: a
 * symmetric (HS…) token goes to AUTH_JWT_SECRET where such tokens are accepted, unless it claims to come
 * from the issuer (whose tokens must be signed with its private keys); every other token goes to the issuer.
 */
export function tokenKind(token: string, auth: AuthSettings): TokenKind {
  if (!auth.issuer) return 'secret';
  let alg: unknown;
  let iss: unknown;
  try {
    alg = decodeProtectedHeader(token).alg;
    iss = decodeJwt(token).iss;
  } catch {
    return { refused: 'it is not a JSON Web Token' };
  }
  if (typeof alg !== 'string' || !alg.startsWith('HS')) return 'issuer';
  if (iss === auth.issuer.issuer) {
    return { refused: `it claims to come from the issuer but is signed with ${alg}; the issuer's tokens must use a public-key algorithm` };
  }
  if (!auth.acceptsSecretTokens) {
    return { refused: `${alg} tokens are accepted only in development and test; sign in through the identity provider (AUTH_OIDC_ISSUER)` };
  }
  return 'secret';
}
