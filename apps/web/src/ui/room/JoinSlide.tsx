import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { QrCode } from '../phone/QrCode';
import { useRoomStore } from './roomStore';
import { joinAddress, useJoinCode, useJoinLinks } from './useJoinLinks';
import { useParticipantCount } from './useParticipantCount';

/** Full screen, for the projector: the QR code, the address and code to type, who has joined. */
export function JoinSlide() {
  const { t } = useTranslation('phone');
  const links = useJoinLinks();
  const code = useJoinCode();
  const count = useParticipantCount();
  const title = useBoardStore((s) => s.snapshot?.board.title ?? '');
  const close = () => useRoomStore.getState().set({ slide: false });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && useRoomStore.getState().set({ slide: false });
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const link = links[0];
  return (
    <section
      className="join-slide"
      role="dialog"
      aria-modal="true"
      aria-label={t('slide.title')}
      data-testid="join-slide"
    >
      <p className="join-slide-board">{title}</p>
      <h1>{t('slide.title')}</h1>
      <div className="join-slide-body">
        {link && <QrCode text={link.url} label={t(`qr.${link.kind}`)} className="join-slide-qr" testId="slide-qr" />}
        <div className="join-slide-text">
          <p>{t('slide.scan')}</p>
          {code ? (
            <>
              <p>{t('slide.orType', { url: joinAddress() })}</p>
              <p className="join-slide-code" data-testid="slide-code">
                {code}
              </p>
            </>
          ) : (
            <p className="muted">{t('slide.codeUnavailable')}</p>
          )}
          <p className="join-slide-count" aria-live="polite" data-testid="slide-count">
            {t('slide.participants', { count })}
          </p>
        </div>
      </div>
      <button type="button" className="button join-slide-close" onClick={close} autoFocus>
        {t('slide.close')}
      </button>
    </section>
  );
}
