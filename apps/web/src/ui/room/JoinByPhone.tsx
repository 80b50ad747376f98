import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { QrCode } from '../phone/QrCode';
import { useRoomStore } from './roomStore';
import { isLocalOnly, joinAddress, useJoinCode, useJoinLinks } from './useJoinLinks';

/** The share dialog's part for the room: the QR code of each join link, the short code, the slide. */
export function JoinByPhone() {
  const { t } = useTranslation('phone');
  const links = useJoinLinks();
  const code = useJoinCode();
  if (links.length === 0) return null;
  return (
    <div className="join-by-phone" data-testid="join-by-phone">
      {links.map((link) => (
        <QrCode key={link.kind} text={link.url} label={t(`qr.${link.kind}`)} testId={`qr-${link.kind}`} />
      ))}
      <div className="stack">
        {isLocalOnly() && (
          <p className="join-local-warning" role="note">
            {t('qr.localOnly', { host: window.location.host })}
          </p>
        )}
        {code && (
          <p>
            {t('qr.code', { url: joinAddress() })}
            <br />
            <strong className="join-code" data-testid="join-code">
              {code}
            </strong>
          </p>
        )}
        <button
          type="button"
          className="button"
          onClick={() => {
            // The dialog is in the browser's top layer: it would stay above the slide.
            useBoardStore.getState().setDialog(null);
            useRoomStore.getState().set({ slide: true });
          }}
        >
          {t('slide.button')}
        </button>
      </div>
    </div>
  );
}
