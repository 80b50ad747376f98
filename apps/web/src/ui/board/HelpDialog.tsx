import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { Dialog } from '../common/Dialog';
import { type Command, SHORTCUTS, shortcutLabel } from '../keymap';
import { chooseScreen } from '../phone/screenMode';

/** Every shortcut from the keymap, so the list can never drift from what the keys do. */
export function HelpDialog() {
  const { t } = useTranslation();
  const setDialog = useBoardStore((s) => s.setDialog);
  const mac = navigator.platform.startsWith('Mac');
  const sections = [
    { title: t('help.shellSection'), canvas: false },
    { title: t('help.canvasSection'), canvas: true },
  ];
  return (
    <Dialog title={t('help.title')} onClose={() => setDialog(null)} className="help-dialog">
      <div className="help-sections">
        {sections.map((section) => {
          const commands = [
            ...new Set(SHORTCUTS.filter((s) => Boolean(s.canvas) === section.canvas).map((s) => s.command)),
          ] as Command[];
          return (
            <section key={section.title}>
              <h3>{section.title}</h3>
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
            </section>
          );
        })}
      </div>
      <p className="muted">{t('help.canvas')}</p>
      {/* The phone view: one column of real buttons and fields, for a phone, a screen reader or the keyboard alone. */}
      <p className="muted">
        {t('phone:helpHint')}{' '}
        <button type="button" className="button ghost" onClick={() => chooseScreen('phone')}>
          {t('phone:menu')}
        </button>
      </p>
    </Dialog>
  );
}
