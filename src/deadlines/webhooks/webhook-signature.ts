import { createHash } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/**
 * The Standard Webhooks headers of one delivery: `webhook-id` is the same for every attempt of a job (a
 * receiver may use it to drop repeats), `webhook-signature` is `v1,<base64 HMAC-SHA256 of id.timestamp.body>`.
 */
export function signedHeaders(secret: string, jobId: string, body: string, sentAt: Date): Record<string, string> {
  const id = `msg_${createHash('sha256').update(jobId).digest('hex').slice(0, 32)}`;
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(id, sentAt, body),
  };
}
