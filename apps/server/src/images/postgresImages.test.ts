import { afterAll, beforeAll } from 'vitest';
import { type PostgresService, startPostgres } from '../../test/services';
import { describeImageStore } from './imageStore.contract';
import { openPostgresImages } from './postgresImages';

// One cluster for the file (starting one costs seconds), a fresh database per test.
let postgres: PostgresService;
beforeAll(async () => {
  postgres = await startPostgres();
});
afterAll(async () => {
  await postgres?.stop();
});

describeImageStore('postgres', async () => {
  const url = await postgres.createDatabase();
  return {
    open: () => openPostgresImages({ url, poolSize: 2 }),
    destroy: () => postgres.dropDatabase(url),
  };
});
