import { HashChainingEventStore } from '../../src/audit/hash-chain';
import { PostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { createTestDatabase, TestDatabase } from '../support/postgres-database';
import { describeEventStoreContract } from './event-store.contract';

/** The contract against PostgreSQL, alone and wrapped in the hash chain as the engine uses it; one database for the file. */
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.drop());

const open = () => new PostgresEventStore({ connectionString: database.url });

describeEventStoreContract('PostgreSQL', () => {
  const store = open();
  return Promise.resolve({ store, reopen: open, dispose: () => store.close() });
});

describeEventStoreContract(
  'hash-chained PostgreSQL',
  () => {
    const store = new HashChainingEventStore(open());
    return Promise.resolve({ store, dispose: () => store.close() });
  },
  { addedMetadataKeys: ['hash', 'previousHash'] },
);
