import { rmSync } from 'node:fs';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { temporaryDirectory } from '../support/temporary-directory';
import { describeEventStoreContract } from './event-store.contract';

describeEventStoreContract('embedded SQLite', () => {
  const dir = temporaryDirectory();
  const path = `${dir.path}/events.db`;
  const store = new SqliteEventStore({ path });
  return Promise.resolve({
    store,
    reopen: () => new SqliteEventStore({ path }),
    dispose: async () => {
      await store.close();
      dir.remove();
    },
  });
});

describe('embedded SQLite: log identity', () => {
  it('differs from one file to another, and a file made anew in the same place gets a new one', async () => {
    const dir = temporaryDirectory();
    const identityOf = async (path: string) => {
      const store = new SqliteEventStore({ path });
      try {
        return await store.identity();
      } finally {
        await store.close();
      }
    };
    try {
      const first = await identityOf(`${dir.path}/a.db`);
      expect(await identityOf(`${dir.path}/b.db`)).not.toBe(first);
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${dir.path}/a.db${suffix}`, { force: true });
      expect(await identityOf(`${dir.path}/a.db`)).not.toBe(first);
    } finally {
      dir.remove();
    }
  });
});
