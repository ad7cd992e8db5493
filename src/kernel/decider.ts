import { Actor } from './events';
import { fail } from './domain-error';

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

/** One topic's decisions: per command kind, the function that decides it. */
export type DecisionTable<C extends { kind: string }, E extends DomainEvent, S> = {
  readonly [K in C['kind']]: (command: Extract<C, { kind: K }>, state: S) => E[];
};

/** One event type: the schema version it is written at today, and how it changes the state. */
export interface EventCase<E extends DomainEvent, S> {
  version: number;
  evolve: (state: S, event: E) => S;
}

/** One topic's events: per event type, its version and evolve case. */
export type EventTable<E extends DomainEvent, S> = { readonly [T in E['type']]: EventCase<Extract<E, { type: T }>, S> };

/** `{ type → version }` of an event table, as the manifests and the upcasters read it. */
export function versionsOf<E extends DomainEvent, S>(table: EventTable<E, S>): Readonly<Record<E['type'], number>> {
  const entries = Object.entries<EventCase<never, S>>(table).map(([type, { version }]) => [type, version]);
  return Object.fromEntries(entries) as Record<E['type'], number>;
}

/** The `decide` of a decider that dispatches through its decision table. */
export function decideThrough<C extends { kind: string }, E extends DomainEvent, S>(decisions: DecisionTable<C, E, S>) {
  const table = decisions as unknown as Readonly<Record<string, ((command: C, state: S) => E[]) | undefined>>;
  return (command: C, state: S): E[] => {
    const decide = Object.hasOwn(table, command.kind) ? table[command.kind] : undefined;
    if (!decide) fail('VALIDATION_FAILED', `No decider here decides a "${command.kind}" command.`);
    return decide(command, state);
  };
}

/**
 * A decider assembled from its topics' tables (each topic spread into `decisions` and `events`), so
 * that a new command or event of a topic changes that topic's file only. An event type the tables do
 * not know leaves the state as it is.
 */
export function tableDecider<C extends { kind: string }, E extends DomainEvent, S>(
  initialState: () => S,
  decisions: DecisionTable<C, E, S>,
  events: EventTable<E, S>,
): Decider<C, E, S> {
  const cases = events as unknown as Readonly<Record<string, EventCase<E, S> | undefined>>;
  return {
    initialState,
    decide: decideThrough(decisions),
    evolve: (state, event) => (Object.hasOwn(cases, event.type) ? cases[event.type]!.evolve(state, event) : state),
  };
}
