/**
 * The subscription knows it has caught up from the server's `CaughtUp` message, which servers send
 * from 23.10 on; against an older one a subscription would never report being caught up.
 */
export const MINIMUM_SERVER_VERSION = '23.10';

export class UnsupportedServerError extends Error {
  constructor(readonly serverVersion: string) {
    super(
      `EventStoreDB/KurrentDB ${MINIMUM_SERVER_VERSION} or later is required (for CaughtUp in subscriptions); the server reports version "${serverVersion}".`,
    );
    this.name = 'UnsupportedServerError';
  }
}

/** Whether a server version ("24.10.0", "25.0.1.1234-…") is at least 23.10; an unknown one is not. */
export function sendsCaughtUp(version: string): boolean {
  const match = /^(\d+)\.(\d+)/.exec(version);
  if (!match) return false;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  return major > 23 || (major === 23 && minor >= 10);
}

/** The client fetches the server's version with its features; it keeps that accessor protected. */
interface WithCapabilities {
  capabilities?: Promise<{ serverVersion: string }>;
}

export async function requireCaughtUpSupport(client: object): Promise<void> {
  const capabilities = await (client as WithCapabilities).capabilities;
  const version = capabilities?.serverVersion ?? 'unknown';
  if (!sendsCaughtUp(version)) throw new UnsupportedServerError(version);
}
