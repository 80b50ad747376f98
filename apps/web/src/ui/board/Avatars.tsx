import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { initials } from './initials';

/**
 * This participant first, then the others present (one per person even with several tabs): at most
 * `max` of them, the rest counted in "+N" (their names in its tooltip).
 */
export function Avatars(props: { onEditMe: () => void; max: number }) {
  const { t } = useTranslation();
  const me = useBoardStore((s) => s.participant);
  const peers = useBoardStore((s) => s.peers);
  const others = [...new Map(peers.filter((p) => p.user.id !== me?.id).map((p) => [p.user.id, p.user])).values()];
  // "+1" would take the room of the avatar it stands for.
  const max = others.length === props.max + 1 ? props.max + 1 : props.max;
  const shown = others.slice(0, max);
  const hidden = others.slice(max);
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
      {hidden.length > 0 && (
        <li
          className="avatar more"
          title={hidden.map((u) => u.name).join(', ')}
          aria-label={t('presence.more', { count: hidden.length })}
        >
          +{hidden.length}
        </li>
      )}
    </ul>
  );
}
