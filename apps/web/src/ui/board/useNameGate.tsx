import { type ReactElement, useState } from 'react';
import type { Participant } from '../../store/boardStore';
import { loadParticipant } from '../../store/participantIdentity';
import { NameDialog } from './NameDialog';

/** While the name is asked: the participant if this device already has one (renaming), and the dialog. */
interface Asking {
  readonly participant: Participant | null;
  readonly rename: () => void;
  readonly dialog: ReactElement;
}

/** Once named: the participant, and a way to ask again (the "me" button). */
interface Named {
  readonly participant: Participant;
  readonly rename: () => void;
  readonly dialog: null;
}

/**
 * "Your name" before joining a board, the same on the board and on the phone view: the participant
 * this device saved, or the name dialog until one is given (and again when they choose to rename,
 * which they may cancel). The page joins the session with `participant` and shows `dialog` instead
 * of itself while it is not null.
 */
export function useNameGate(): Asking | Named {
  const [participant, setParticipant] = useState<Participant | null>(() => loadParticipant());
  const [renaming, setRenaming] = useState(false);
  const rename = () => setRenaming(true);
  if (participant && !renaming) return { participant, rename, dialog: null };
  const dialog = (
    <NameDialog
      current={participant}
      onCancel={participant ? () => setRenaming(false) : undefined}
      onDone={(p) => {
        setParticipant(p);
        setRenaming(false);
      }}
    />
  );
  return { participant, rename, dialog };
}
