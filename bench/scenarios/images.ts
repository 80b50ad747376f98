/**
 * Scenario: images on the Parcours server (the real main.ts as a child, SQLite under a temp
 * DATA_DIR). The upload and processing of a 12-megapixel JPEG (4,000 x 3,000: what a phone
 * photographs the paper wall with), from the request to the 201; then ten such uploads at once,
 * with the server's resident memory sampled meanwhile (the decoder queue bounds it:
 * IMAGE_PROCESSING_CONCURRENCY).
 */
import { photoJpeg } from '../fixtures/images';
import { nowMs } from '../lib/time';
import { ServerHandle } from '../servers/handle';
import { Collector, type ScenarioOptions } from './types';

const MB = 1024 * 1024;

export async function runImages(options: ScenarioOptions): Promise<{ collector: Collector; notes: string[] }> {
  const collector = new Collector();
  collector.define('upload-12mp', 'upload and processing of a 12-megapixel JPEG', 'ms', 'lower');
  collector.define('concurrent-10-ms', '10 uploads of a 12-megapixel JPEG at once, until the last 201', 'ms', 'lower');
  collector.define('concurrent-10-rss', 'server RSS peak during 10 uploads at once', 'MB', 'lower');
  collector.define('concurrent-10-growth', 'server RSS growth during 10 uploads at once', 'MB', 'lower');
  const photo = await photoJpeg(4000, 3000, 7);
  const notes = [
    `A 4,000 x 3,000 JPEG of ${(photo.length / MB).toFixed(1)} MB (drawn with @napi-rs/canvas, quality 85), POSTed over HTTP on 127.0.0.1; the server decodes it, scales it to 2,048 px, re-encodes it and a 320 px thumbnail without metadata, and stores both in SQLite before answering.`,
    'RSS sampled every 20 ms through the server process probe; growth is against the RSS after a GC just before the uploads.',
  ];
  const server = await ServerHandle.start('parcours', options.serverFlags);
  try {
    const upload = async (boardId: string, token: string) => {
      const response = await fetch(`${server.baseUrl}/api/boards/${boardId}/images?token=${token}`, {
        method: 'POST',
        headers: { 'content-type': 'image/jpeg' },
        body: new Uint8Array(photo),
      });
      if (response.status !== 201 && response.status !== 200) {
        throw new Error(`upload refused: ${response.status} ${await response.text()}`);
      }
    };
    for (let rep = 0; rep < options.reps; rep++) {
      const target = await server.newRoom();
      const t0 = nowMs();
      await upload(target.room, target.token!);
      const ms = nowMs() - t0;
      collector.add('upload-12mp', 'server', ms);

      // Ten boards (one photo each, so nothing is deduplicated), uploads started together.
      const targets = await Promise.all(Array.from({ length: 10 }, () => server.newRoom()));
      const before = (await server.stats(true)).rss;
      let peak = before;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          peak = Math.max(peak, (await server.stats()).rss);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();
      const c0 = nowMs();
      await Promise.all(targets.map((t) => upload(t.room, t.token!)));
      const concurrentMs = nowMs() - c0;
      sampling = false;
      await sampler;
      collector.add('concurrent-10-ms', 'server', concurrentMs);
      collector.add('concurrent-10-rss', 'server', peak / MB);
      collector.add('concurrent-10-growth', 'server', (peak - before) / MB);
      options.log(
        `  images rep ${rep + 1}: 12 MP upload ${ms.toFixed(0)} ms; 10 at once ${concurrentMs.toFixed(0)} ms, RSS peak ${(peak / MB).toFixed(0)} MB (+${((peak - before) / MB).toFixed(0)} MB)`,
      );
    }
  } finally {
    await server.stop();
  }
  return { collector, notes };
}
