import { Logger } from '@nestjs/common';
import { errors, jwtVerify, type JWTPayload } from 'jose';
import { IssuerSettings } from './issuer-settings';
import { IssuerKeys } from './issuer-keys';

/** Only public-key signatures: a symmetric one would mean that whoever verifies tokens can also make them. */
export const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

/** A token the issuer's verification refused, with a sentence saying why (for the 401's message). */
export class IssuerTokenRefused extends Error {}

/** Verifies a token of the OpenID provider: its signature by one of the issuer's keys, `iss`, `aud`, `exp` and `nbf`. */
export class IssuerTokens {
  private readonly keys: IssuerKeys;

  constructor(private readonly settings: IssuerSettings) {
    this.keys = new IssuerKeys(settings.issuer);
  }

  async verify(token: string): Promise<JWTPayload> {
    let keys;
    try {
      keys = await this.keys.get();
    } catch {
      // The reason, with the provider's addresses, is in the log (IssuerKeys); the caller learns only that much.
      throw new IssuerTokenRefused('the identity provider could not be asked for its keys');
    }
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: ASYMMETRIC_ALGORITHMS,
        requiredClaims: ['exp'],
      });
      return payload;
    } catch (error) {
      if (!(error instanceof errors.JOSEError))
        new Logger('Auth').error(`The issuer's keys could not be fetched: ${(error as Error).message}`);
      throw new IssuerTokenRefused(reasonOf(error));
    }
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'it has expired ("exp")';
  if (error instanceof errors.JWTClaimValidationFailed) return claimProblem(error.claim, error.reason);
  if (error instanceof errors.JWKSNoMatchingKey) return "it is signed with a key that is not among the issuer's keys";
  if (error instanceof errors.JOSEAlgNotAllowed)
    return `its algorithm is not one the issuer's tokens may use (${ASYMMETRIC_ALGORITHMS.join(', ')})`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'its signature does not match';
  if (error instanceof errors.JOSEError) return error.message;
  return "the identity provider's keys could not be fetched";
}

function claimProblem(claim: string, reason: string): string {
  if (reason === 'missing') return `it has no "${claim}" claim`;
  if (claim === 'iss') return 'its "iss" claim is not AUTH_OIDC_ISSUER: it comes from another issuer';
  if (claim === 'aud') return 'its "aud" claim does not name the engine (AUTH_OIDC_AUDIENCE): it was made for another application';
  if (claim === 'nbf') return 'it is not valid yet ("nbf")';
  return `its "${claim}" claim failed its check`;
}
