/**
 * The PostgreSQL schema as numbered migrations. Each server applies, at start, those it has that
 * the database lacks, and records each in parcours_migrations. Instances starting together take
 * an advisory lock, so only one of them migrates; a database migrated by a newer server is refused
 * rather than written with an older idea of the schema.
 *
 * Append only: never edit a migration that has shipped, add the next number.
 */
import type pg from 'pg';
import { POSTGRES_CHECKPOINT_IMAGES_MIGRATION, POSTGRES_CHECKPOINTS_MIGRATION } from './postgresCheckpoints';

interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'boards, tokens and update log',
    sql: `
      CREATE TABLE boards (
        id text PRIMARY KEY,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        snapshot bytea,
        snapshot_seq bigint NOT NULL DEFAULT 0
      );
      CREATE TABLE board_tokens (
        token_hash bytea PRIMARY KEY,
        board_id text NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('edit', 'view', 'facilitator'))
      );
      CREATE INDEX board_tokens_by_board ON board_tokens (board_id);
      -- An identity never hands out a number twice, even after compaction deletes the newest rows.
      CREATE TABLE board_updates (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        board_id text NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        data bytea NOT NULL
      );
      CREATE INDEX board_updates_by_board ON board_updates (board_id, seq);
    `,
  },
  POSTGRES_CHECKPOINTS_MIGRATION,
  {
    version: 3,
    name: 'comment tokens',
    // The reviewer's comment link (issue 15): a fourth role beside edit, view and facilitator.
    sql: `
      ALTER TABLE board_tokens DROP CONSTRAINT board_tokens_role_check;
      ALTER TABLE board_tokens ADD CONSTRAINT board_tokens_role_check
        CHECK (role IN ('edit', 'view', 'facilitator', 'comment'));
    `,
  },
  POSTGRES_CHECKPOINT_IMAGES_MIGRATION,
];

/** Any constant works: it names "the Parcours schema" among the database's advisory locks. */
const MIGRATION_LOCK = 0x70617263; // 'parc'

export async function migratePostgres(pool: pg.Pool, migrations = POSTGRES_MIGRATIONS): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS parcours_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM parcours_migrations',
    );
    const current = applied.rows[0]?.version ?? 0;
    const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;
    if (current > latest) {
      throw new Error(`database schema ${current} is newer than this server (${latest}); upgrade Parcours`);
    }
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO parcours_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    }
    await client.query('COMMIT');
    client.release();
    return latest;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    client.release(true);
    throw err;
  }
}
