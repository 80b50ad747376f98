import type { Card } from '@parcours/journey';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCameraStore } from '../../canvas/cameraStore';
import { useInteractionStore } from '../../canvas/interactionStore';
import { layoutBoard } from '../../canvas/layout';
import { fitBoardCamera } from '../../canvas/overlays';
import { useBoardStore } from '../../store/boardStore';
import { QrCode } from '../phone/QrCode';
import { JoinSlide } from './JoinSlide';
import { arrivedCards } from './newCards';
import { useRoomStore } from './roomStore';
import { joinAddress, useJoinCode, useJoinLinks } from './useJoinLinks';
import { useParticipantCount } from './useParticipantCount';
import './room.css';

/** How long a new card stays in the big screen's feed, and how many show at once. */
const SHOWN_MS = 7000;
const MAX_SHOWN = 3;

/**
 * Over the board on the projector: in big-screen mode larger type and timer (room.css), the QR
 * code in a corner while people join, the participants' count and each new card sliding in; and
 * the full-screen join slide. Nothing here writes to the board.
 */
export function BigScreenLayer() {
  const bigScreen = useRoomStore((s) => s.bigScreen);
  const slide = useRoomStore((s) => s.slide);
  useEffect(() => {
    document.documentElement.classList.toggle('bigscreen', bigScreen);
    // The canvas draws card and label text at the presentation's size (canvas/readability.ts).
    useInteractionStore.getState().set({ bigText: bigScreen });
    return () => {
      document.documentElement.classList.remove('bigscreen');
      useInteractionStore.getState().set({ bigText: false });
    };
  }, [bigScreen]);
  return (
    <>
      {bigScreen && <BigScreenOverlay />}
      {slide && <JoinSlide />}
    </>
  );
}

/** *Tout afficher* clear of the corner (marked data-canvas-overlay), once it is laid out. */
function fitBoardOnScreen(): void {
  requestAnimationFrame(() => {
    const view = useBoardStore.getState().view;
    const camera = useCameraStore.getState();
    if (!view || camera.width === 0) return;
    camera.setCamera(fitBoardCamera(layoutBoard(view), camera.width, camera.height));
  });
}

function BigScreenOverlay() {
  const { t } = useTranslation('phone');
  const qrCorner = useRoomStore((s) => s.qrCorner);
  // On entering big-screen mode and when the QR code comes or goes: the whole board, as large as fits.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the corner's size changes what fits
  useEffect(() => fitBoardOnScreen(), [qrCorner]);
  const set = useRoomStore((s) => s.set);
  const links = useJoinLinks();
  const code = useJoinCode();
  const count = useParticipantCount();
  const link = links[0];
  return (
    <div className="bigscreen-overlay" data-testid="bigscreen">
      <div className="bigscreen-corner" data-canvas-overlay>
        {qrCorner && link && (
          <div className="bigscreen-qr">
            <QrCode text={link.url} label={t(`qr.${link.kind}`)} testId="bigscreen-qr" />
            {code && (
              <p>
                {joinAddress()}
                <br />
                <strong>{code}</strong>
              </p>
            )}
          </div>
        )}
        <p className="bigscreen-count" data-testid="bigscreen-count">
          {t('slide.participants', { count })}
        </p>
        <div className="bigscreen-buttons">
          <button type="button" className="button" onClick={() => set({ qrCorner: !qrCorner })}>
            {t(qrCorner ? 'bigScreen.hideQr' : 'bigScreen.showQr')}
          </button>
          <button type="button" className="button" onClick={() => set({ bigScreen: false })}>
            {t('bigScreen.exit')}
          </button>
        </div>
      </div>
      <NewCardFeed />
    </div>
  );
}

/** Each card as it arrives, sliding in at the bottom of the big screen for a few seconds. */
function NewCardFeed() {
  const { t } = useTranslation('phone');
  const [shown, setShown] = useState<readonly { card: Card; until: number }[]>([]);
  useEffect(() => {
    let previous = useBoardStore.getState().snapshot;
    const stop = useBoardStore.subscribe((state) => {
      if (!state.snapshot || state.snapshot === previous) return;
      const arrived = arrivedCards(previous, state.snapshot);
      previous = state.snapshot;
      if (arrived.length === 0) return;
      const until = Date.now() + SHOWN_MS;
      setShown((current) => [...current, ...arrived.map((card) => ({ card, until }))].slice(-MAX_SHOWN));
    });
    const timer = setInterval(() => {
      const now = Date.now();
      setShown((current) => (current.some((s) => s.until <= now) ? current.filter((s) => s.until > now) : current));
    }, 1000);
    return () => {
      stop();
      clearInterval(timer);
    };
  }, []);
  const cards = useBoardStore((s) => s.snapshot?.cards);
  return (
    <ol className="bigscreen-feed" aria-live="polite" data-testid="bigscreen-feed">
      {shown.map(({ card }) => {
        const current = cards?.[card.id] ?? card;
        return (
          <li key={card.id} className={`bigscreen-new kind-${current.kind}`}>
            <small>{t('bigScreen.newCard')}</small>
            <span>{current.text || t('translation:card.emptyText')}</span>
          </li>
        );
      })}
    </ol>
  );
}
