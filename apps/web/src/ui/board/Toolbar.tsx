import { CARD_KINDS, type CardKind } from '@parcours/journey';
import { useTranslation } from 'react-i18next';
import { canEdit, useBoardStore } from '../../store/boardStore';
import { RedoIcon, TrashIcon, UndoIcon } from '../common/icons';
import { useStructureLocked } from '../facilitation/useFacilitation';
import { type Command, shortcutLabel, shortcutsOf } from '../keymap';
import { addCardOfKind, addChannelNamed, addPhaseNamed, deleteSelection } from './boardActions';

const KIND_COMMAND: Record<CardKind, Command> = {
  touchpoint: 'add-touchpoint',
  irritant: 'add-irritant',
  enchantment: 'add-enchantment',
  note: 'add-note',
};

function hint(label: string, command: Command): string {
  const s = shortcutsOf(command)[0];
  return s ? `${label} (${shortcutLabel(s, navigator.platform.startsWith('Mac'))})` : label;
}

/** The floating toolbar: add cards and structure, undo/redo, delete; zoom controls are the canvas's. */
export function Toolbar() {
  const { t } = useTranslation();
  const editable = useBoardStore((s) => canEdit(s.role) && s.view !== null);
  const hasSelection = useBoardStore((s) => s.selection.size > 0);
  const canUndo = useBoardStore((s) => s.canUndo);
  const canRedo = useBoardStore((s) => s.canRedo);
  const activeCell = useBoardStore((s) => s.activeCell);
  const undo = useBoardStore((s) => s.undo);
  const redo = useBoardStore((s) => s.redo);
  const locked = useStructureLocked();

  // A view link has nothing to add or change: no toolbar at all (the canvas keeps its zoom controls).
  if (!editable) return null;
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="toolbar-group">
        {CARD_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className={`tool kind-${kind}`}
            title={hint(
              t(activeCell ? 'toolbar.addToCell' : 'toolbar.addToTray', { kind: t(`kinds.${kind}`) }),
              KIND_COMMAND[kind],
            )}
            onClick={() => addCardOfKind(kind)}
            data-testid={`add-${kind}`}
          >
            <span className="kind-chip" aria-hidden="true" />
            {t(`kinds.${kind}`)}
          </button>
        ))}
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          className="tool"
          disabled={locked}
          title={locked ? t('facilitation.lock.tooltip') : undefined}
          onClick={() => addPhaseNamed(t('toolbar.newPhase'))}
        >
          + {t('toolbar.phase')}
        </button>
        <button
          type="button"
          className="tool"
          disabled={locked}
          title={locked ? t('facilitation.lock.tooltip') : undefined}
          onClick={() => addChannelNamed(t('toolbar.newChannel'))}
        >
          + {t('toolbar.channel')}
        </button>
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          className="tool icon"
          aria-label={t('toolbar.undo')}
          title={hint(t('toolbar.undo'), 'undo')}
          disabled={!canUndo}
          onClick={undo}
        >
          <UndoIcon />
        </button>
        <button
          type="button"
          className="tool icon"
          aria-label={t('toolbar.redo')}
          title={hint(t('toolbar.redo'), 'redo')}
          disabled={!canRedo}
          onClick={redo}
        >
          <RedoIcon />
        </button>
        <button
          type="button"
          className="tool icon"
          aria-label={t('toolbar.delete')}
          title={hint(t('toolbar.delete'), 'delete')}
          disabled={!hasSelection}
          onClick={deleteSelection}
        >
          <TrashIcon />
        </button>
      </div>
      <div className="toolbar-group" id="zoom-controls-slot" data-testid="zoom-slot" />
    </div>
  );
}
