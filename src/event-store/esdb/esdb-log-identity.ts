import { EventStoreDBClient, NO_STREAM } from '@eventstore/db-client';
import { randomUUID } from 'node:crypto';

/** A stream of its own, with no events and no `$` in its name, so that any writer of the log may set it up. */
export const IDENTITY_STREAM = 'nihil-obstat-log-identity';

interface IdentityMetadata extends Record<string, unknown> {
  logIdentity?: unknown;
}

/**
 * The identity is a random UUID kept in the custom metadata of {@link IDENTITY_STREAM}. Setting it
 * writes one `$metadata` event to the stream's metastream: a system event, so no read or subscription
 * of the engine ever delivers it (and it joins no hash chain), and a scavenge keeps it (a metastream's
 * last event always stays). Unlike "the first event of `$all`", it does not depend on what the server
 * writes at creation nor on permissions to read system streams. The write expects no metastream: when
 * processes start together, one wins and every one reads the winner's identity back.
 */
/** The part of the client the identity needs. */
export type IdentityClient = Pick<EventStoreDBClient, 'getStreamMetadata' | 'setStreamMetadata'>;

export async function esdbLogIdentity(client: IdentityClient): Promise<string> {
  const existing = await readIdentity(client);
  if (existing) return existing;
  // A lost race throws: read the winner's back.
  await client.setStreamMetadata(IDENTITY_STREAM, { logIdentity: randomUUID() }, { expectedRevision: NO_STREAM }).catch(() => undefined);
  const identity = await readIdentity(client);
  if (!identity) throw new Error(`EventStoreDB: could not set or read the log identity in the metadata of stream ${IDENTITY_STREAM}`);
  return identity;
}

async function readIdentity(client: IdentityClient): Promise<string | undefined> {
  const { metadata } = await client.getStreamMetadata<IdentityMetadata>(IDENTITY_STREAM);
  return typeof metadata?.logIdentity === 'string' ? metadata.logIdentity : undefined;
}
