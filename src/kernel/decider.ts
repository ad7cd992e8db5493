import { Actor } from './events';

/** An event as the domain decides it: what happened, in which shape version. */
export interface DomainEvent<T extends string = string, D = unknown> {
  type: T;
  schemaVersion: number;
  data: D;
}

/** What every command carries besides its own fields: who, and when it reached the engine. */
export interface CommandEnvelope {
  actor: Actor;
  /** The injected clock's time when the command reached the engine. */
  now: Date;
}

/**
 * A pure decision model: `decide` throws a DomainError or returns the events a command causes;
 * `evolve` folds one event into the state. Neither may do I/O or read a clock.
 */
export interface Decider<C, E extends DomainEvent, S> {
  initialState(): S;
  decide(command: C, state: S): E[];
  evolve(state: S, event: E): S;
}

/** `Omit` applied to each member of a union, so that the union survives. */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * The event builder of one event union: `event('EntryProposed', data)` carries the type's current
 * schema version from `versions`, the capability's one table of them.
 */
export function eventBuilder<E extends DomainEvent>(versions: Readonly<Record<E['type'], number>>) {
  return <T extends E['type']>(type: T, data: Extract<E, { type: T }>['data']): Extract<E, { type: T }> =>
    ({ type, schemaVersion: versions[type], data }) as Extract<E, { type: T }>;
}
