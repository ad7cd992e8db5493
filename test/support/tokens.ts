import { JwtService } from '@nestjs/jwt';
import { DEVELOPMENT_JWT_SECRET } from '../../src/platform/config';

const jwt = new JwtService({ secret: DEVELOPMENT_JWT_SECRET, signOptions: { algorithm: 'HS256' } });

/** A token the engine accepts: it expires in an hour (tokens without `exp` are refused). */
export function token(role: string, state?: string, subject = `${role}-${state ?? 'user'}`): string {
  return jwt.sign({ sub: subject, role, ...(state ? { state } : {}) }, { expiresIn: '1h' });
}

export const bearer = (role: string, state?: string, subject?: string) => ({ authorization: `Bearer ${token(role, state, subject)}` });
