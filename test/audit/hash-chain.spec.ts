import { ConcurrencyError } from '../../src/event-store/concurrency.error';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { canonicalJson, ChainedContent, eventHash, HashChainingEventStore } from '../../src/audit/hash-chain';
import { metadata, newEvent, uniqueStream } from '../support/events';
import { temporaryDirectory } from '../support/temporary-directory';

describe('canonicalJson', () => {
  it('sorts keys at every depth, writes no whitespace, keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'é"\n' } })).toBe('{"a":{"c":"é\\"\\n","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('follows JSON.stringify for everything but key order', () => {
    const value = { when: new Date('2013-04-26T22:00:00Z'), gone: undefined, list: [undefined, NaN, -0, 1e21], t: true, n: null };
    expect(canonicalJson(value)).toBe(JSON.stringify({ list: [null, null, 0, 1e21], n: null, t: true, when: '2013-04-26T22:00:00.000Z' }));
  });

  it('gives the same text whatever the insertion order, and the same after a JSON round trip', () => {
    const one = { x: { q: 1, p: [1, 2] }, a: 'A', '10': 1, '9': 2 };
    const other = { '9': 2, a: 'A', x: { p: [1, 2], q: 1 }, '10': 1 };
    expect(canonicalJson(one)).toBe(canonicalJson(other));
    expect(canonicalJson(JSON.parse(JSON.stringify(one)))).toBe(canonicalJson(one));
  });

  it('escapes keys', () => {
    expect(JSON.parse(canonicalJson({ 'a"b\\c': 1 }))).toEqual({ 'a"b\\c': 1 });
  });
});

describe('eventHash', () => {
  const content: ChainedContent = {
    streamId: 'list-trafficking-2013.civil-society',
    revision: 3,
    type: 'OrganizationProposed',
    data: { entryId: '3f2b8c1e-6a4d-4e2b-9c1a-7d5e8f9a0b1c', organization: { name: 'La Strada', country: 'NLD', category: 'ngo' } },
    metadata: {
      correlationId: 'c-1',
      causationId: 'k-1',
      actor: { role: 'pga', subject: 'pga-officer-1' },
      occurredAt: '2013-04-26T22:00:00.000Z',
      schemaVersion: 1,
    },
    previousHash: 'a'.repeat(64),
  };

  // The expected digest was computed independently, in Python:
  // sha256(json.dumps(content, sort_keys=True, separators=(',', ':'), ensure_ascii=False).encode())
  it('is stable, and what an auditor gets from any canonical JSON encoder: stored logs depend on it', () => {
    expect(eventHash(content)).toBe(eventHash(JSON.parse(JSON.stringify(content)) as ChainedContent));
    expect(eventHash(content)).toBe('b459c697294a9b1a45ef2bf1b2ea2833428db3ab5e1a3a6b2067696db373a742');
  });

  it('ignores hash and previousHash inside the metadata', () => {
    const withChain = { ...content, metadata: { ...content.metadata, hash: 'b'.repeat(64), previousHash: 'c'.repeat(64) } };
    expect(eventHash(withChain)).toBe(eventHash(content));
  });

  it.each<[string, (c: ChainedContent) => ChainedContent]>([
    ['streamId', (c) => ({ ...c, streamId: `${c.streamId}x` })],
    ['revision', (c) => ({ ...c, revision: 4 })],
    ['type', (c) => ({ ...c, type: 'OrganizationWithdrawn' })],
    [
      'a nested data value',
      (c) => ({ ...c, data: { ...(c.data as object), organization: { name: 'La Strada', country: 'NLD', category: 'media' } } }),
    ],
    ['a data key', (c) => ({ ...c, data: { entryID: (c.data as { entryId: string }).entryId } })],
    ['the actor', (c) => ({ ...c, metadata: { ...c.metadata, actor: { role: 'pga', subject: 'someone-else' } } })],
    ['occurredAt', (c) => ({ ...c, metadata: { ...c.metadata, occurredAt: '2013-04-26T22:00:00.001Z' } })],
    ['an extra metadata field', (c) => ({ ...c, metadata: { ...c.metadata, note: 'x' } })],
    ['previousHash', (c) => ({ ...c, previousHash: 'b'.repeat(64) })],
    ['previousHash to genesis', (c) => ({ ...c, previousHash: null })],
  ])('changes with %s', (_field, change) => {
    expect(eventHash(change(content))).not.toBe(eventHash(content));
  });
});

describe('HashChainingEventStore', () => {
  let dir: { path: string; remove(): void };
  let store: HashChainingEventStore;

  beforeEach(() => {
    dir = temporaryDirectory();
    store = new HashChainingEventStore(new SqliteEventStore({ path: `${dir.path}/events.db` }));
  });
  afterEach(async () => {
    await store.close();
    dir.remove();
  });

  const recomputed = (e: { streamId: string; revision: number; type: string; data: unknown; metadata: Record<string, unknown> }) =>
    eventHash({ ...e, previousHash: e.metadata.previousHash as string | null });

  it('chains the events of one append and of the next, from a null genesis', async () => {
    const stream = uniqueStream();
    await store.append(stream, [newEvent('A', { n: 0 }), newEvent('B', { n: 1 }), newEvent('C', { n: 2 })], 'no-stream');
    await store.append(stream, [newEvent('D', { n: 3 })], 2);
    const events = await store.readStream(stream);
    expect(events[0].metadata.previousHash).toBeNull();
    events.forEach((e, i) => {
      expect(e.metadata.hash).toBe(recomputed(e));
      if (i > 0) expect(e.metadata.previousHash).toBe(events[i - 1].metadata.hash);
    });
    expect(new Set(events.map((e) => e.metadata.hash)).size).toBe(4);
  });

  it('hashes what is stored: undefined members and Dates hash the same once read back', async () => {
    const stream = uniqueStream();
    const event = {
      type: 'T',
      data: { at: new Date('2013-05-10T22:00:00Z'), missing: undefined, list: [1, undefined] },
      metadata: metadata(),
    };
    await store.append(stream, [event], 'no-stream');
    const [stored] = await store.readStream(stream);
    expect(stored.metadata.hash).toBe(recomputed(stored));
  });

  it("turns 'any' into the revision it read, so that concurrent 'any' appends extend one chain", async () => {
    const stream = uniqueStream();
    await Promise.all(Array.from({ length: 20 }, (_, n) => store.append(stream, [newEvent('N', { n })], 'any')));
    const events = await store.readStream(stream);
    expect(events.map((e) => e.revision)).toEqual([...Array(20).keys()]);
    events.slice(1).forEach((e, i) => expect(e.metadata.previousHash).toBe(events[i].metadata.hash));
  });

  it('refuses a stale expectation with the ConcurrencyError of the adapter, storing nothing', async () => {
    const stream = uniqueStream();
    await store.append(stream, [newEvent(), newEvent()], 'no-stream');
    await expect(store.append(stream, [newEvent()], 0)).rejects.toMatchObject({ streamId: stream, expected: 0, actual: 1 });
    await expect(store.append(stream, [newEvent()], 'no-stream')).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('replaces hash and previousHash that a caller put in the metadata', async () => {
    const stream = uniqueStream();
    const forged = { ...newEvent(), metadata: { ...metadata(), hash: 'f'.repeat(64), previousHash: 'e'.repeat(64) } };
    await store.append(stream, [forged], 'no-stream');
    const [stored] = await store.readStream(stream);
    expect(stored.metadata).toMatchObject({ previousHash: null, hash: recomputed(stored) });
  });
});
