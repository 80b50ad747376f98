/**
 * Runs renderPng (@napi-rs/canvas, native encoder, as the server route does) in a child process,
 * so a render that never returns can be killed by the bench instead of hanging it.
 */
import { type Canvas, createCanvas } from '@napi-rs/canvas';
import { type JourneyMapJson, renderPng } from '@parcours/journey';
import { serve } from '../lib/rpc';
import { nowMs } from '../lib/time';

serve({
  render: async ({ map, pixelRatio }: { map: JourneyMapJson; pixelRatio: number }) => {
    const t0 = nowMs();
    const png = await renderPng(map, {
      pixelRatio,
      createCanvas: (w, h) => createCanvas(w, h),
      encode: (canvas) => (canvas as Canvas).encode('png'),
    });
    return { ms: nowMs() - t0, bytes: png.byteLength };
  },
});
