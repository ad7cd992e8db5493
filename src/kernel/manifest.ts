import { Decider, DomainEvent } from './decider';
import { LiveMappings } from './live-views';
import { Projection } from './projection';

/** `{ event type → the schema version written and read today }`. */
export type EventVersions = Readonly<Record<string, number>>;

/** Turns an event's data at one schema version into its data at the next version. Pure. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each upcaster takes its own version's data shape; only `any` admits them all in one table (`unknown` would reject every typed parameter)
export type Upcaster = (data: any) => unknown;

/** `{ type → { fromVersion → upcaster to fromVersion + 1 } }`. */
export type UpcasterTable = Readonly<Record<string, Readonly<Record<number, Upcaster>>>>;

/** Any decider, as generic code (the executor, the decision replay) drives it. */
export type AnyDecider = Decider<unknown, DomainEvent, unknown>;

/** One kind of stream and the decider that writes it. */
export interface StreamKind {
  /** Streams whose id starts with this belong to the decider, e.g. `list-`. */
  prefix: string;
  decider: AnyDecider;
  /** The event types these streams hold, at the schema version written and read today. */
  events: EventVersions;
  /**
   * Per command kind, the fields that were `Date`s when decided. The executor stores them as ISO
   * strings in `metadata.command`; the decision replay turns them back into Dates. A path is a field
   * name, `a.b` for a field of an object, `a[].b` for a field of every item of an array.
   */
  dateFields: Readonly<Record<string, readonly string[]>>;
  /** The meeting a stream of this kind belongs to (the audit index's `meetingId`); absent: no meeting's. */
  meetingOf?: (streamId: string) => string | undefined;
}

/** For kinds of stream named `<prefix><meetingId>` or `<prefix><meetingId>.<more>` (slugs hold no dot). */
export function meetingAfterPrefix(prefix: string): (streamId: string) => string | undefined {
  return (streamId) => (streamId.startsWith(prefix) ? streamId.slice(prefix.length).split('.')[0] || undefined : undefined);
}

/**
 * What a capability brings to the engine: the composition root derives the upcaster registry, the
 * projection list and the audit's decider registry from these, so a new event type, command or
 * projection touches its own capability only.
 */
export interface CapabilityManifest {
  name: string;
  /** Its kinds of stream; the engine's event types are those their `events` name. */
  streams: readonly StreamKind[];
  /** Upcasters of this capability's event types (empty while every type is at version 1). */
  upcasters?: UpcasterTable;
  /** Factories, so that every rebuild (and every audit worker) starts from fresh instances. */
  projections: ReadonlyArray<() => Projection>;
  /** Per event type of its streams, the views it changes and who may learn of it (GET /v1/events/stream). */
  liveViews: LiveMappings;
}
