import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { initials } from './initials';

const MAX_SHOWN = 5;

/** This participant first, then the others present (one per person even with several tabs). */
export function Avatars(props: { onEditMe: () => void }) {
  const { t } = useTranslation();
  const me = useBoardStore((s) => s.participant);
  const peers = useBoardStore((s) => s.peers);
  const others = [...new Map(peers.filter((p) => p.user.id !== me?.id).map((p) => [p.user.id, p.user])).values()];
  const shown = others.slice(0, MAX_SHOWN);
  return (
    <ul className="avatars" aria-label={t('presence.label', { count: others.length + 1 })} data-testid="avatars">
      {me && (
        <li>
          <button
            type="button"
            className="avatar me"
            style={{ background: me.color }}
            title={t('presence.me', { name: me.name })}
            aria-label={t('presence.me', { name: me.name })}
            onClick={props.onEditMe}
          >
            {initials(me.name)}
          </button>
        </li>
      )}
      {shown.map((user) => (
        <li key={user.id} className="avatar" style={{ background: user.color }} title={user.name} data-name={user.name}>
          {initials(user.name)}
        </li>
      ))}
      {others.length > MAX_SHOWN && <li className="avatar more">+{others.length - MAX_SHOWN}</li>}
    </ul>
  );
}
