import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ManualClock } from '../../src/kernel/clock';
import { ERASED, parseEnvelope } from '../../src/platform/personal-data/envelope';
import { PersonalDataKeys } from '../../src/platform/personal-data/personal-data-keys';
import { PersonalDataVault } from '../../src/platform/personal-data/personal-data-vault';
import { PostgresPersonalDataKeys } from '../../src/platform/personal-data/postgres-personal-data-keys';
import { SqlitePersonalDataKeys } from '../../src/platform/personal-data/sqlite-personal-data-keys';
import { createTestDatabase, TestDatabase } from '../support/postgres-database';
import { temporaryDirectory } from '../support/temporary-directory';

const EMAIL = 'contact.person@lastrada.example.org';
const contact = (reference: string, value = EMAIL) => ({
  kind: 'entry-contact' as const,
  reference,
  meetingId: 'trafficking-2013',
  value,
  findable: true,
});

function vaultContract(name: string, open: () => Promise<PersonalDataKeys>) {
  describe(name, () => {
    let keys: PersonalDataKeys;
    let vault: PersonalDataVault;

    beforeEach(async () => {
      keys = await open();
      vault = new PersonalDataVault(keys, new ManualClock());
    });
    afterEach(() => keys.close());

    it('seals each value under a subject of its own, opens it, finds it by address, and reads [erased] once destroyed', async () => {
      const [a, b] = await vault.sealAll([contact('entry-a'), contact('entry-b', 'other@beta.example.org')]);
      expect(a.envelope).not.toContain('lastrada');
      expect(parseEnvelope(a.envelope)!.subjectId).toBe(a.subjectId);
      expect(await vault.revealAll([a.envelope, b.envelope, 'in the clear'])).toEqual(
        new Map([
          [a.envelope, EMAIL],
          [b.envelope, 'other@beta.example.org'],
        ]),
      );
      expect((await vault.findByEmail(` ${EMAIL.toUpperCase()}`)).map((s) => s.reference)).toEqual(['entry-a']);
      expect((await vault.find({ meetingId: 'trafficking-2013' })).map((s) => s.reference).sort()).toEqual(['entry-a', 'entry-b']);
      expect(await vault.meetings()).toEqual(['trafficking-2013']);

      const told: string[] = [];
      vault.onDestroyed(() => told.push('destroyed'));
      await vault.destroy([]);
      expect(told).toEqual([]);
      await vault.destroy([a.subjectId]);
      expect(told).toEqual(['destroyed']);
      expect((await vault.revealAll([a.envelope, b.envelope])).get(a.envelope)).toBe(ERASED);
      expect((await vault.revealAll([b.envelope])).get(b.envelope)).toBe('other@beta.example.org');
      expect(await vault.findByEmail(EMAIL)).toEqual([]);
      expect(await vault.find({ kind: 'entry-contact', reference: 'entry-a' })).toEqual([]);
    });

    it('does not open an envelope moved to another subject (the subject id is authenticated)', async () => {
      const [a, b] = await vault.sealAll([contact('entry-a'), contact('entry-b')]);
      const moved = a.envelope.replace(a.subjectId, b.subjectId);
      expect((await vault.revealAll([moved])).get(moved)).toBe(ERASED);
    });
  });
}

const directory = temporaryDirectory();
afterAll(() => directory.remove());

vaultContract('the SQLite key store', () => Promise.resolve(new SqlitePersonalDataKeys(join(directory.path, `keys-${Math.random()}.db`))));

describe('the SQLite key store file', () => {
  it('keeps no byte of a destroyed key (secure_delete)', async () => {
    const path = join(directory.path, 'shredded.db');
    const keys = new SqlitePersonalDataKeys(path);
    const vault = new PersonalDataVault(keys, new ManualClock());
    const sealed = await vault.sealAll([contact('entry-a'), contact('entry-b')]);
    const key = (await keys.keys([sealed[0].subjectId])).get(sealed[0].subjectId)!;
    expect(readFileSync(path).includes(key)).toBe(true);
    await vault.destroy([sealed[0].subjectId]);
    expect(readFileSync(path).includes(key)).toBe(false);
    await keys.close();
  });
});

describe('on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => (database = await createTestDatabase()));
  afterAll(() => database.drop());
  vaultContract('the PostgreSQL key store', async () => {
    const keys = new PostgresPersonalDataKeys(database.url);
    // One database for the file: the previous test's subjects are destroyed first.
    const earlier = await keys.find({ meetingId: 'trafficking-2013' });
    await keys.destroy(
      earlier.map((s) => s.subjectId),
      new Date(),
    );
    return keys;
  });
});
