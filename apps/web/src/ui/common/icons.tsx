import type { Emotion } from '@parcours/journey';

/** Small stroke icons drawn inline: no icon font, no emoji (whose glyphs vary or are missing per system). */
function Svg(props: { children: React.ReactNode; size?: number }) {
  const size = props.size ?? 18;
  return (
    <svg
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {props.children}
    </svg>
  );
}

export function UndoIcon() {
  return (
    <Svg>
      <path d="M9 14 4 9l5-5" />
      <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
    </Svg>
  );
}

export function RedoIcon() {
  return (
    <Svg>
      <path d="m15 14 5-5-5-5" />
      <path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
    </Svg>
  );
}

export function TrashIcon() {
  return (
    <Svg>
      <path d="M3 6h18" />
      <path d="M8 6V4h8v2" />
      <path d="M19 6l-1 14H6L5 6" />
      <path d="M10 11v6M14 11v6" />
    </Svg>
  );
}

export function ChevronDownIcon() {
  return (
    <Svg size={14}>
      <path d="m6 9 6 6 6-6" />
    </Svg>
  );
}

const MOUTHS: Record<Emotion, string> = {
  [-2]: 'M8 17c2.5-3 5.5-3 8 0',
  [-1]: 'M8.5 16.5c2-1.5 5-1.5 7 0',
  0: 'M8.5 15.5h7',
  1: 'M8.5 14.5c2 1.8 5 1.8 7 0',
  2: 'M7.5 14c2.5 3.5 6.5 3.5 9 0',
};
const FACE_COLORS: Record<Emotion, string> = {
  [-2]: '#dc2626',
  [-1]: '#f97316',
  0: '#a3a3a3',
  1: '#65a30d',
  2: '#16a34a',
};

/** A face from very negative (-2) to very positive (2), coloured like the emotion curve. */
export function FaceIcon({ emotion, size = 22 }: { emotion: Emotion; size?: number }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10" fill={FACE_COLORS[emotion]} opacity="0.16" />
      <circle cx="12" cy="12" r="10" fill="none" stroke={FACE_COLORS[emotion]} strokeWidth="1.8" />
      <circle cx="9" cy="10" r="1.3" fill={FACE_COLORS[emotion]} />
      <circle cx="15" cy="10" r="1.3" fill={FACE_COLORS[emotion]} />
      <path d={MOUTHS[emotion]} fill="none" stroke={FACE_COLORS[emotion]} strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
