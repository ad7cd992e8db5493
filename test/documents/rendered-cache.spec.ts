import { describe, expect, it } from '@jest/globals';
import { RenderedCache } from '../../src/documents/rendering/rendered-cache';

const pdf = (bytes: number, fill = 'x') => Buffer.alloc(bytes, fill);

describe('RenderedCache', () => {
  it('answers a key it holds, and nothing for another', () => {
    const cache = new RenderedCache(1000);
    cache.set('a', pdf(10, 'a'));
    expect(cache.get('a')?.toString()).toBe('a'.repeat(10));
    expect(cache.get('b')).toBeUndefined();
  });

  it('drops the least recently used once the bytes kept exceed the bound', () => {
    const cache = new RenderedCache(100);
    cache.set('a', pdf(40));
    cache.set('b', pdf(40));
    cache.get('a');
    cache.set('c', pdf(40));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.bytes).toBe(80);
  });

  it('keeps nothing larger than the bound, nor anything at all with a bound of 0', () => {
    const cache = new RenderedCache(100);
    cache.set('a', pdf(50));
    cache.set('huge', pdf(101));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    const off = new RenderedCache(0);
    off.set('a', pdf(1));
    expect(off.size).toBe(0);
  });

  it('counts a key set again once, and forgets everything on clear', () => {
    const cache = new RenderedCache(100);
    cache.set('a', pdf(30));
    cache.set('a', pdf(20));
    expect(cache.bytes).toBe(20);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });
});
