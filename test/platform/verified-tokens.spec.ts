import { VerifiedTokens } from '../../src/platform/auth/verified-tokens';

describe('verified tokens, remembered until they expire', () => {
  let nowMs = 1_000_000;
  const clock = () => nowMs;

  it('answers a remembered token until its exp, then forgets it', () => {
    const tokens = new VerifiedTokens<string>(10, clock);
    tokens.remember('a', 'pga', nowMs / 1000 + 60);
    expect(tokens.get('a')).toBe('pga');
    nowMs += 59_999;
    expect(tokens.get('a')).toBe('pga');
    nowMs += 1;
    expect(tokens.get('a')).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it('knows nothing of a token it was not given', () => {
    expect(new VerifiedTokens<string>(10, clock).get('never-seen')).toBeUndefined();
  });

  it('holds at most its capacity, letting the oldest go first', () => {
    const tokens = new VerifiedTokens<number>(3, clock);
    for (const [i, token] of ['a', 'b', 'c', 'd'].entries()) tokens.remember(token, i, nowMs / 1000 + 60);
    expect(tokens.size).toBe(3);
    expect(tokens.get('a')).toBeUndefined();
    expect([tokens.get('b'), tokens.get('c'), tokens.get('d')]).toEqual([1, 2, 3]);
  });
});
