/**
 * A QR code as one SVG path, drawn on this device (the `qrcode` package, loaded on demand): no
 * image service sees the board's link. Each dark module is a 1x1 square in module coordinates.
 */
export interface QrShape {
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  readonly path: string;
}

export async function toQrShape(text: string): Promise<QrShape> {
  const { create } = await import('qrcode');
  // M: a quarter of the code may be smudged or glared (a projector) and it still reads.
  const qr = create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = qr.modules;
  let path = '';
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!data[row * size + col]) {
        col++;
        continue;
      }
      // Runs of dark modules in a row make one rectangle: a shorter path.
      let end = col;
      while (end < size && data[row * size + end]) end++;
      path += `M${col} ${row}h${end - col}v1h${col - end}z`;
      col = end;
    }
  }
  return { size, path };
}
