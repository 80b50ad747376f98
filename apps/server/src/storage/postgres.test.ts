import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PostgresService, startPostgres } from '../../test/services';
import { describeCheckpointStore } from './checkpoints.contract';
import { openPostgresStore } from './postgres';
import { migratePostgres, POSTGRES_MIGRATIONS } from './postgresMigrations';
import { describeBoardStore } from './store.contract';

// One cluster for the file (starting one costs seconds), a fresh database per test.
let postgres: PostgresService;
beforeAll(async () => {
  postgres = await startPostgres();
});
afterAll(async () => {
  await postgres?.stop();
});

const postgresFixture = async () => {
  const url = await postgres.createDatabase();
  return {
    open: () => openPostgresStore({ url, poolSize: 4 }),
    destroy: () => postgres.dropDatabase(url),
  };
};

describeBoardStore('postgres', postgresFixture);
describeCheckpointStore('postgres', postgresFixture);

describe('PostgreSQL store, beyond the contract', () => {
  it('records its migrations once, even when several instances start together', async () => {
    const url = await postgres.createDatabase();
    const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore({ url, poolSize: 2 })));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const rows = await client.query<{ version: number }>('SELECT version FROM parcours_migrations ORDER BY version');
      expect(rows.rows.map((r) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
    } finally {
      await client.end();
      await Promise.all(stores.map((s) => s.close()));
      await postgres.dropDatabase(url);
    }
  });

  it('refuses a database migrated by a newer server', async () => {
    const url = await postgres.createDatabase();
    const pool = new pg.Pool({ connectionString: url });
    try {
      await migratePostgres(pool);
      await pool.query("INSERT INTO parcours_migrations (version, name) VALUES (999, 'from the future')");
      await expect(openPostgresStore({ url })).rejects.toThrow(/newer than this server/);
    } finally {
      await pool.end();
      await postgres.dropDatabase(url);
    }
  });

  it('does not let a compaction that is behind overwrite a newer snapshot', async () => {
    const url = await postgres.createDatabase();
    const store = await openPostgresStore({ url, poolSize: 2 });
    try {
      const id = 'board-behind';
      await store.create({ id, snapshot: new Uint8Array([0, 0]), tokens: [] });
      const early = await store.append(id, [new Uint8Array([1])]);
      const late = await store.append(id, [new Uint8Array([2])]);
      await store.compact(id, new Uint8Array([20]), late); // instance A, up to date
      await store.compact(id, new Uint8Array([10]), early); // instance B, one update behind
      const loaded = await store.load(id);
      expect([...loaded!.snapshot!]).toEqual([20]);
      expect(loaded!.lastSeq).toBe(late);
    } finally {
      await store.close();
      await postgres.dropDatabase(url);
    }
  });

  it('gives concurrent appenders to one board increasing sequence numbers in commit order', async () => {
    const url = await postgres.createDatabase();
    const [a, b] = await Promise.all([openPostgresStore({ url }), openPostgresStore({ url })]);
    try {
      const id = 'board-shared';
      await a!.create({ id, snapshot: new Uint8Array([0, 0]), tokens: [] });
      const seqs = await Promise.all(
        Array.from({ length: 40 }, (_, i) => (i % 2 ? a! : b!).append(id, [new Uint8Array([i])])),
      );
      expect(new Set(seqs).size).toBe(40);
      const loaded = await b!.load(id);
      expect(loaded!.updates.map((u) => u[0]).sort((x, y) => x! - y!)).toEqual(Array.from({ length: 40 }, (_, i) => i));
      expect(loaded!.lastSeq).toBe(Math.max(...seqs));
    } finally {
      await Promise.all([a!.close(), b!.close()]);
      await postgres.dropDatabase(url);
    }
  });
});
