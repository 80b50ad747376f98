/**
 * Join codes behind several instances without sticky sessions (docker-compose.yml): the
 * facilitator's screen gets the code from one instance, the phone that types it reaches another.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoardAt } from './helpers';
import { type LocalInstance, startInstance } from './scaleout';
import { type PostgresService, type RedisService, startPostgres, startRedis } from './services';

describe('join codes across instances', () => {
  let postgres: PostgresService;
  let redis: RedisService;
  let a: LocalInstance;
  let b: LocalInstance;

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
    const services = { databaseUrl: postgres.url, redisUrl: redis.url };
    a = await startInstance(services);
    b = await startInstance(services);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await Promise.all([postgres?.stop(), redis?.stop()]);
  });

  it('resolves on instance B the code the facilitator got from instance A', async () => {
    const board = await createBoardAt(`http://127.0.0.1:${a.port}`);
    const issued = await fetch(
      `http://127.0.0.1:${a.port}/api/boards/${board.id}/join-code?token=${board.facilitatorToken}`,
      {
        method: 'POST',
      },
    );
    expect(issued.status).toBe(201);
    const { code } = (await issued.json()) as { code: string };

    const joined = await fetch(`http://127.0.0.1:${b.port}/api/join/${code}`);
    expect(joined.status).toBe(200);
    expect(((await joined.json()) as { url: string }).url).toBe(board.editUrl);
    // The facilitator's other screen, on instance B, shows the same code.
    const again = await fetch(
      `http://127.0.0.1:${b.port}/api/boards/${board.id}/join-code?token=${board.facilitatorToken}`,
      {
        method: 'POST',
      },
    );
    expect(((await again.json()) as { code: string }).code).toBe(code);
  });
});
