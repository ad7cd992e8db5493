import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** What views, exports, letters and screens show in place of a personal field whose key is destroyed. */
export const ERASED = '[erased]';

/** Version 1 of the envelope: `pd1:<subjectId>:<iv>:<ciphertext and tag>`, both base64url. */
const PREFIX = 'pd1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;
const ENVELOPE = /^pd1:([0-9a-f-]{36}):([A-Za-z0-9_-]{16}):([A-Za-z0-9_-]{22,})$/;

/** An opaque, versioned string: the form a personal field takes in the log. */
export interface Envelope {
  subjectId: string;
  iv: Buffer;
  sealed: Buffer;
}

export function isEnvelope(value: unknown): value is string {
  return typeof value === 'string' && ENVELOPE.test(value);
}

export function parseEnvelope(value: string): Envelope | undefined {
  const match = ENVELOPE.exec(value);
  if (!match) return undefined;
  return { subjectId: match[1], iv: Buffer.from(match[2], 'base64url'), sealed: Buffer.from(match[3], 'base64url') };
}

/**
 * AES-256-GCM under the subject's key, a fresh 96-bit IV each time; the subject id is authenticated
 * data, so an envelope moved to another subject does not open.
 */
export function seal(clear: string, subjectId: string, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(subjectId));
  const sealed = Buffer.concat([cipher.update(clear, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${PREFIX}:${subjectId}:${iv.toString('base64url')}:${sealed.toString('base64url')}`;
}

/** The clear text, or undefined when the envelope does not open under this key. */
export function open(envelope: Envelope, key: Buffer): string | undefined {
  try {
    const tag = envelope.sealed.subarray(envelope.sealed.length - TAG_BYTES);
    const body = envelope.sealed.subarray(0, envelope.sealed.length - TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', key, envelope.iv).setAAD(Buffer.from(envelope.subjectId)).setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
