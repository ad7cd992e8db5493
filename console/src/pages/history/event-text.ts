import type { TFunction } from 'i18next';
import type { AuditEvent } from '../../api/history-queries';

/** The command kind a command's first event records in its metadata (`metadata.command.kind`). */
export function commandOf(event: AuditEvent): string | undefined {
  const command = (event.metadata as { command?: { kind?: unknown } }).command;
  return typeof command?.kind === 'string' ? command.kind : undefined;
}

/** "PGA", "France (member-state)", "Engine": who acted, with the State's name. */
export function actorText(actor: AuditEvent['metadata']['actor'], t: TFunction, stateName: (code: string) => string): string {
  const role = t(`history.roles.${actor.role}`);
  return actor.state ? t('history.actorOfState', { role, state: stateName(actor.state) }) : role;
}
