import { useEffect } from 'react';
import { useInteractionStore } from './interactionStore';

/** A short notice at the bottom of the canvas (paste refused, cards copied); it fades by itself. */
export function CanvasMessage() {
  const message = useInteractionStore((s) => s.message);
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(
      () => useInteractionStore.getState().set({ message: null }),
      message.tone === 'error' ? 6000 : 2500,
    );
    return () => clearTimeout(timer);
  }, [message]);
  if (!message) return null;
  return (
    <div
      role={message.tone === 'error' ? 'alert' : 'status'}
      data-testid="canvas-message"
      style={{
        position: 'absolute',
        left: '50%',
        bottom: 20,
        transform: 'translateX(-50%)',
        maxWidth: '70%',
        padding: '10px 16px',
        borderRadius: 8,
        background: message.tone === 'error' ? '#b42318' : '#1f2937',
        color: '#fff',
        font: '14px system-ui, sans-serif',
        boxShadow: '0 2px 8px rgba(0,0,0,0.25)',
        zIndex: 3,
      }}
    >
      {message.text}
    </div>
  );
}
