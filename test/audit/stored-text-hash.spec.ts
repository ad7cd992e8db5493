import { chain, encodeChained, eventHash } from '../../src/audit/hash-chain';
import { lazyMetadata } from '../../src/audit/lazy-metadata';
import { splitChainTail, storedTextHashes } from '../../src/audit/stored-text-hash';
import { EventMetadata } from '../../src/event-store/event-store.port';
import { metadata, newEvent } from '../support/events';

/** What the embedded store writes for a chained event: JSON.stringify of its data and metadata. */
function stored(streamId: string, events = [newEvent('B', { z: 1, a: { y: [2, { d: 1, c: 2 }] } }), newEvent('A', {})]) {
  return chain(streamId, events, -1, null).map((event, revision) => ({
    streamId,
    revision,
    type: event.type,
    dataJson: JSON.stringify(event.data),
    metadataJson: JSON.stringify(event.metadata),
    hash: event.metadata.hash as string,
    previousHash: event.metadata.previousHash as string | null,
  }));
}

describe('hashing the stored text of a chained event', () => {
  it('chain writes data and metadata in canonical key order, previousHash and hash last', () => {
    const [first, second] = stored('alpha');
    expect(first.dataJson).toBe('{"a":{"y":[2,{"c":2,"d":1}]},"z":1}');
    expect(first.metadataJson).toMatch(
      /^\{"actor":\{"role":"pga","subject":"pga-officer-1"\},"causationId":.*,"previousHash":null,"hash":"[0-9a-f]{64}"\}$/,
    );
    expect(second.metadataJson.endsWith(`,"previousHash":"${first.hash}","hash":"${second.hash}"}`)).toBe(true);
  });

  it('splits the tail off the stored metadata without parsing it, for genesis and later events', () => {
    for (const event of stored('alpha')) {
      const tail = splitChainTail(event.metadataJson)!;
      expect(tail).toEqual({ metadataJson: expect.any(String), previousHash: event.previousHash, hash: event.hash });
      const { hash: _h, previousHash: _p, ...rest } = JSON.parse(event.metadataJson) as Record<string, unknown>;
      expect(JSON.parse(tail.metadataJson)).toEqual(rest);
      expect(storedTextHashes(event.streamId, event.revision, event.type, event.dataJson, tail)).toBe(true);
    }
  });

  it('hashes the stored text to exactly the hash of the parsed event', () => {
    const [event] = stored('alpha');
    const tail = splitChainTail(event.metadataJson)!;
    const parsed = {
      streamId: 'alpha',
      revision: 0,
      type: event.type,
      data: JSON.parse(event.dataJson),
      metadata: JSON.parse(event.metadataJson),
      previousHash: null,
    };
    expect(eventHash(parsed)).toBe(event.hash);
    expect(encodeChained('alpha', 0, event.type, event.dataJson, tail.metadataJson, null)).toBe(
      `{"data":${event.dataJson},"metadata":${tail.metadataJson},"previousHash":null,"revision":0,"streamId":"alpha","type":"B"}`,
    );
  });

  it('takes metadata that holds nothing but the chain', () => {
    expect(splitChainTail(`{"previousHash":null,"hash":"${'a'.repeat(64)}"}`)).toEqual({
      metadataJson: '{}',
      previousHash: null,
      hash: 'a'.repeat(64),
    });
  });

  it.each([
    ['no chain at all', JSON.stringify(metadata())],
    ['hash before previousHash', `{"a":1,"hash":"${'a'.repeat(64)}","previousHash":null}`],
    ['a short digest', `{"a":1,"previousHash":null,"hash":"${'a'.repeat(63)}"}`],
    ['whitespace', `{"a":1, "previousHash":null,"hash":"${'a'.repeat(64)}"}`],
    ['not an object', `["previousHash":null,"hash":"${'a'.repeat(64)}"}`],
  ])('leaves any other form to the parser: %s', (_case, text) => {
    expect(splitChainTail(text)).toBeUndefined();
  });

  it('does not hash right once the text is changed or stored in another key order', () => {
    const [event] = stored('alpha');
    const tail = splitChainTail(event.metadataJson)!;
    expect(storedTextHashes('alpha', 0, event.type, event.dataJson.replace('"z":1', '"z":2'), tail)).toBe(false);
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(event.dataJson) as object).reverse()));
    expect(storedTextHashes('alpha', 0, event.type, reordered, tail)).toBe(false);
    expect(storedTextHashes('alpha', 1, event.type, event.dataJson, tail)).toBe(false);
  });
});

describe('lazyMetadata', () => {
  const full = metadata({ occurredAt: '2013-05-13T14:00:00.000Z', schemaVersion: 2, command: { kind: 'X' } });

  it('answers occurredAt and schemaVersion without loading the rest', () => {
    let loads = 0;
    const lazy = lazyMetadata('2013-05-13T14:00:00.000Z', 2, () => ((loads += 1), full));
    expect([lazy.occurredAt, lazy.schemaVersion]).toEqual(['2013-05-13T14:00:00.000Z', 2]);
    expect(loads).toBe(0);
  });

  it('loads the stored metadata once for anything else: a field, `in`, spreading, JSON', () => {
    let loads = 0;
    const lazy: EventMetadata = lazyMetadata(full.occurredAt, 2, () => ((loads += 1), full));
    expect(lazy.actor).toEqual(full.actor);
    expect('command' in lazy).toBe(true);
    expect({ ...lazy }).toEqual(full);
    expect(JSON.parse(JSON.stringify(lazy))).toEqual(full);
    expect(loads).toBe(1);
  });

  it('is read-only, as stored events are', () => {
    const lazy = lazyMetadata(full.occurredAt, 2, () => full) as Record<string, unknown>;
    expect(() => {
      'use strict';
      lazy.occurredAt = 'changed';
    }).toThrow(TypeError);
  });
});
