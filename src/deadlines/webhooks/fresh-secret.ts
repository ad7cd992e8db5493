import { CommandResult } from '../../event-store/commands/command-executor';
import { DomainError } from '../../kernel/domain-error';
import { MemberStateEvent, WebhookSecretRotated } from '../domain/webhook.events';
import { WebhookSecretStore } from './webhook-secret.store';
import { newWebhookSecret } from './webhook-secret';

export type WithSecret = CommandResult<MemberStateEvent> & { secret?: string };

/**
 * Keeps a fresh secret, then runs the command with its fingerprint. The answer carries the secret only if
 * the command made it the State's secret; the one it replaced is forgotten. A refused command, or one that
 * did not use it, forgets it again; after any other failure the write may have been stored, so it stays.
 */
export async function withFreshSecret(
  store: WebhookSecretStore,
  state: string,
  now: Date,
  run: (fingerprint: string) => Promise<CommandResult<MemberStateEvent>>,
): Promise<WithSecret> {
  const { secret, fingerprint } = newWebhookSecret();
  store.keep(state, fingerprint, secret, now);
  let result: CommandResult<MemberStateEvent>;
  try {
    result = await run(fingerprint);
  } catch (error) {
    if (error instanceof DomainError) store.forget(fingerprint);
    throw error;
  }
  const rotation = result.events.find(
    (e): e is WebhookSecretRotated => e.type === 'WebhookSecretRotated' && e.data.fingerprint === fingerprint,
  );
  if (!rotation) {
    store.forget(fingerprint);
    return result;
  }
  if (rotation.data.replaces) store.forget(rotation.data.replaces);
  return { ...result, secret };
}
