import { DomainEvent, eventBuilder, EventTable, tableDecider, versionsOf } from '../../src/kernel/decider';
import { DomainError } from '../../src/kernel/domain-error';

type Counted = DomainEvent<'Counted', { by: number }>;
type Reset = DomainEvent<'Reset', Record<string, never>>;
type CounterEvent = Counted | Reset;
type CounterCommand = { kind: 'Count'; by: number } | { kind: 'Reset' };

const events: EventTable<CounterEvent, number> = {
  Counted: { version: 2, evolve: (total, { data }) => total + data.by },
  Reset: { version: 1, evolve: () => 0 },
};
const event = eventBuilder<CounterEvent>(versionsOf(events));
const counter = tableDecider<CounterCommand, CounterEvent, number>(
  () => 0,
  {
    Count: (command) => [event('Counted', { by: command.by })],
    Reset: (_, total) => (total === 0 ? [] : [event('Reset', {})]),
  },
  events,
);

describe("tableDecider: a decider assembled from its topics' tables", () => {
  it('decides each command through its own entry, with the version its event table names', () => {
    expect(counter.decide({ kind: 'Count', by: 3 }, 0)).toEqual([{ type: 'Counted', schemaVersion: 2, data: { by: 3 } }]);
    expect(counter.decide({ kind: 'Reset' }, 0)).toEqual([]);
  });

  it('evolves through the event table, and leaves the state alone for a type it does not know', () => {
    const stranger = { type: 'SomethingElse', schemaVersion: 1, data: {} } as unknown as CounterEvent;
    const total = [event('Counted', { by: 2 }), stranger, event('Counted', { by: 5 })].reduce(
      (state, e) => counter.evolve(state, e),
      counter.initialState(),
    );
    expect(total).toBe(7);
    expect(counter.evolve(total, event('Reset', {}))).toBe(0);
  });

  it('refuses a command kind it has no decision for, naming it, even one the prototype of an object would answer', () => {
    for (const kind of ['Multiply', 'constructor', 'toString']) {
      const decide = () => counter.decide({ kind } as unknown as CounterCommand, 0);
      expect(decide).toThrow(DomainError);
      expect(decide).toThrow(`"${kind}"`);
    }
  });

  it('reads the versions of an event table', () => {
    expect(versionsOf(events)).toEqual({ Counted: 2, Reset: 1 });
  });
});
