import { useEffect, useState } from 'react';
import { type QrShape, toQrShape } from './qrPath';

/** The QR code of `text`, as a scalable SVG (black on white, with the standard 4-module quiet zone). */
export function QrCode(props: { text: string; label: string; className?: string; testId?: string }) {
  const [shape, setShape] = useState<QrShape | null>(null);
  useEffect(() => {
    let live = true;
    toQrShape(props.text).then(
      (s) => live && setShape(s),
      () => live && setShape(null),
    );
    return () => {
      live = false;
    };
  }, [props.text]);
  const quiet = 4;
  const side = (shape?.size ?? 21) + quiet * 2;
  return (
    <svg
      className={`qr ${props.className ?? ''}`}
      viewBox={`${-quiet} ${-quiet} ${side} ${side}`}
      role="img"
      aria-label={props.label}
      data-testid={props.testId}
      data-text={props.text}
      shapeRendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={side} height={side} fill="#fff" />
      {shape && <path d={shape.path} fill="#000" />}
    </svg>
  );
}
