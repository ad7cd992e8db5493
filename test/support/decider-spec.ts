import { Decider, DomainEvent } from '../../src/kernel/decider';
import { DomainError, DomainErrorCode } from '../../src/kernel/domain-error';

/**
 * Given / when / then specifications for a pure decider:
 * `spec(decider).given([...events]).when(command).then([...events])` or `.thenFails(code)`.
 */
export function spec<C, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  return {
    given: (events: E[]) => ({
      when: (command: C) => {
        const run = () =>
          decider.decide(
            command,
            events.reduce((folded, event) => decider.evolve(folded, event), decider.initialState()),
          );
        return {
          then: (expected: E[]) => expect(run()).toEqual(expected),
          thenContains: (expected: Partial<E>[]) => expect(run()).toEqual(expected.map((e) => expect.objectContaining(e))),
          thenFails: (code: DomainErrorCode, message?: RegExp) => {
            let error: unknown;
            try {
              run();
            } catch (caught) {
              error = caught;
            }
            expect(error).toBeInstanceOf(DomainError);
            expect((error as DomainError).code).toBe(code);
            if (message) expect((error as DomainError).message).toMatch(message);
          },
          result: run,
        };
      },
    }),
  };
}
