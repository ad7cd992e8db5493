import { describe, expect, it } from '@jest/globals';
import { RevisionCache } from '../../src/documents/public/revision-cache';

describe('RevisionCache', () => {
  it('computes once per key and revision, again when the revision moves, and forgets the oldest key beyond its capacity', () => {
    const cache = new RevisionCache<string>(2);
    let computed = 0;
    const answer = (key: string, revision: string) => cache.get(key, revision, () => `${key}@${revision}#${++computed}`);
    expect(answer('a', '1')).toBe('a@1#1');
    expect(answer('a', '1')).toBe('a@1#1');
    expect(answer('a', '2')).toBe('a@2#2');
    expect(answer('b', '2')).toBe('b@2#3');
    expect(answer('c', '2')).toBe('c@2#4');
    expect(answer('b', '2')).toBe('b@2#3');
    expect(answer('a', '2')).toBe('a@2#5');
  });
});
