import { openPostgresStore } from '../../src/storage/postgres';
import { type PostgresService, startPostgres } from '../services';
import { defineCrashSuite } from './crashSuite';

// A throwaway cluster (the scale-out harness); its database outlives every killed server.
let postgres: PostgresService | undefined;
let url = '';

defineCrashSuite('postgres', {
  env: () => ({ DATABASE_URL: url }),
  open: () => openPostgresStore({ url, poolSize: 2 }),
  setUp: async () => {
    postgres = await startPostgres();
    url = await postgres.createDatabase();
    // Migrated once here, so the warm servers find the schema in place.
    await (await openPostgresStore({ url, poolSize: 1 })).close();
  },
  tearDown: async () => {
    await postgres?.stop();
  },
});
