/**
 * The browser side of the export scenario: renderPng from @parcours/journey bundled with esbuild
 * into one script that draws on a <canvas> (the canvas factory a browser passes) and encodes with
 * the default toDataURL path. Exposed as window.benchRenderPng(json, pixelRatio) -> ms.
 */
import { build } from 'esbuild';

const ENTRY = `
import { renderPng } from '@parcours/journey';
window.benchRenderPng = async (json, pixelRatio) => {
  const t0 = performance.now();
  const png = await renderPng(json, {
    pixelRatio,
    createCanvas: (width, height) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      return canvas;
    },
  });
  return { ms: performance.now() - t0, bytes: png.byteLength };
};
`;

export async function exportPageScript(): Promise<string> {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: new URL('.', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
