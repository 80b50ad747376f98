/**
 * The behaviour every ImageStore must have, as one suite each implementation runs:
 *   describeImageStore('sqlite', async () => ({ open: ..., destroy: ... }))
 * on fresh storage for each test (storage/contractFixture.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type ContractFixture, eachTestOpens } from '../storage/contractFixture';
import type { ImageStore, NewImage } from './imageStore';

export function describeImageStore(name: string, setup: () => Promise<ContractFixture<ImageStore>>): void {
  describe(`ImageStore contract: ${name}`, () => {
    let store: ImageStore;
    const open = eachTestOpens(setup, (first) => {
      store = first;
    });

    it('stores an image and its thumbnail and gives back the same bytes', async () => {
      const image = newImage(3000);
      await store.put('board-a', image);
      const full = await store.get('board-a', image.hash, 'full');
      const thumb = await store.get('board-a', image.hash, 'thumb');
      expect(full && Buffer.from(full.data).equals(Buffer.from(image.data))).toBe(true);
      expect(thumb && Buffer.from(thumb.data).equals(Buffer.from(image.thumb))).toBe(true);
      expect(full?.mime).toBe('image/jpeg');
    });

    it("keeps each board's images apart", async () => {
      const image = newImage(100);
      await store.put('board-a', image);
      expect(await store.get('board-b', image.hash, 'full')).toBeNull();
      expect(await store.list('board-b')).toEqual([]);
      expect(await store.usage('board-b')).toBe(0);
    });

    it('stores the same image once, and counts its bytes once', async () => {
      const image = newImage(1000);
      await store.put('board-a', image);
      await store.put('board-a', image);
      const list = await store.list('board-a');
      expect(list).toEqual([expect.objectContaining({ hash: image.hash, width: 640, height: 480, bytes: 1000 + 100 })]);
      expect(list[0]!.createdAt).toBeInstanceOf(Date);
      expect(await store.usage('board-a')).toBe(1100);
    });

    it('removes only the images named, and says how many there were', async () => {
      const [a, b, c] = [newImage(10), newImage(20), newImage(30)];
      for (const image of [a!, b!, c!]) await store.put('board-a', image);
      expect(await store.remove('board-a', [a!.hash, c!.hash, 'f'.repeat(64)])).toBe(2);
      expect((await store.list('board-a')).map((i) => i.hash)).toEqual([b!.hash]);
      expect(await store.usage('board-a')).toBe(20 + 100);
      expect(await store.remove('board-a', [])).toBe(0);
    });

    it('lists the boards that have images', async () => {
      await store.put('board-b', newImage(10));
      await store.put('board-a', newImage(10));
      await store.put('board-a', newImage(10));
      expect(await store.boards()).toEqual(['board-a', 'board-b']);
    });

    it('keeps what it stored across a reopen', async () => {
      const image = newImage(500);
      await store.put('board-a', image);
      const again = await open();
      const full = await again.get('board-a', image.hash, 'full');
      expect(full && Buffer.from(full.data).equals(Buffer.from(image.data))).toBe(true);
    });
  });
}

/** Random bytes stand in for an image: a store keeps bytes, it does not decode them. */
function newImage(bytes: number): NewImage {
  const data = randomBytes(bytes);
  return {
    hash: createHash('sha256').update(data).digest('hex'),
    mime: 'image/jpeg',
    width: 640,
    height: 480,
    data,
    thumb: randomBytes(100),
  };
}
