/**
 * The scaffold every contract suite shares (store.contract.ts, checkpoints.contract.ts,
 * images/imageStore.contract.ts): an implementation's test file hands a setup that makes fresh
 * backing storage (a temp SQLite file, a new PostgreSQL database, an S3 bucket) and opens stores
 * on it. `open()` may be called again on the same storage and must see the same data, which is
 * how durability across restarts is checked.
 */
import { afterEach, beforeEach } from 'vitest';

export interface ContractFixture<S> {
  open(): Promise<S>;
  destroy(): Promise<void>;
}

/**
 * Within a describe: before each test, fresh storage and a first store on it, handed to `opened`;
 * after it, every store the test opened closed, then the storage destroyed. Returns `open`, for a
 * test that opens the same storage again.
 */
export function eachTestOpens<S extends { close(): Promise<void> }>(
  setup: () => Promise<ContractFixture<S>>,
  opened: (store: S) => void,
): () => Promise<S> {
  let fixture: ContractFixture<S>;
  const stores: S[] = [];
  const open = async () => {
    const store = await fixture.open();
    stores.push(store);
    return store;
  };
  beforeEach(async () => {
    fixture = await setup();
    opened(await open());
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    await fixture.destroy();
  });
  return open;
}
