import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { Dialog } from '../common/Dialog';
import { type Command, SHORTCUTS, shortcutLabel } from '../keymap';

/** Every shortcut from the keymap, so the list can never drift from what the keys do. */
export function HelpDialog() {
  const { t } = useTranslation();
  const setDialog = useBoardStore((s) => s.setDialog);
  const mac = navigator.platform.startsWith('Mac');
  const commands = [...new Set(SHORTCUTS.map((s) => s.command))] as Command[];
  return (
    <Dialog title={t('help.title')} onClose={() => setDialog(null)} className="help-dialog">
      <table className="shortcuts">
        <tbody>
          {commands.map((command) => (
            <tr key={command}>
              <td>{t(`commands.${command}`)}</td>
              <td>
                {SHORTCUTS.filter((s) => s.command === command).map((s) => (
                  <kbd key={shortcutLabel(s, mac)}>{shortcutLabel(s, mac)}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('help.canvas')}</p>
    </Dialog>
  );
}
