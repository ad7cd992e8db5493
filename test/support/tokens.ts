import { JwtService } from '@nestjs/jwt';
import { DEVELOPMENT_JWT_SECRET } from '../../src/platform/config';

const signer = (secret: string) => new JwtService({ secret, signOptions: { algorithm: 'HS256' } });
let jwt = signer(DEVELOPMENT_JWT_SECRET);

/** Tokens are signed with `secret` (an engine started with a secret of its own) until the returned function is called. */
export function signTokensWith(secret: string): () => void {
  jwt = signer(secret);
  return () => {
    jwt = signer(DEVELOPMENT_JWT_SECRET);
  };
}

/** A token the engine accepts: it expires in an hour (tokens without `exp` are refused). */
export function token(role: string, state?: string, subject = `${role}-${state ?? 'user'}`): string {
  return jwt.sign({ sub: subject, role, ...(state ? { state } : {}) }, { expiresIn: '1h' });
}

export const bearer = (role: string, state?: string, subject?: string) => ({ authorization: `Bearer ${token(role, state, subject)}` });
