/**
 * The transaction origin of every command run by this user. A per-user `Y.UndoManager`
 * tracks only this origin, so undo never reverts a peer's change or a remote update.
 */
export const LOCAL_ORIGIN: unique symbol = Symbol('parcours.local');

/** Origin of changes that no user should be able to undo (migrations, imports). */
export const SYSTEM_ORIGIN: unique symbol = Symbol('parcours.system');
