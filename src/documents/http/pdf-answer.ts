import type { FastifyReply } from 'fastify';
import { Actor } from '../../kernel/events';
import { PdfRenderer, PrintJob } from '../rendering/pdf-renderer';
import { RenderShareExceeded } from '../rendering/render-refusals';

/** Whose share of the renderer a request spends: one per account, as the rate limiter counts callers. */
export function rendererCaller(actor: Actor): string {
  return `${actor.role}:${actor.state ?? '-'}:${actor.subject}`;
}

/** Renders `job` on the actor's share; a refusal for being over that share says when to try again (Retry-After). */
export async function renderFor(renderer: PdfRenderer, job: PrintJob, actor: Actor, reply: FastifyReply): Promise<Buffer> {
  try {
    return await renderer.render(job, rendererCaller(actor));
  } catch (error) {
    if (error instanceof RenderShareExceeded) void reply.header('retry-after', String(error.retryAfterSeconds));
    throw error;
  }
}
