import { type BoardRole, createUndoManager, observeSnapshot } from '@parcours/journey';
import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { ApiError, fetchBoardAccess } from '../api/boards';
import { type ConnectionState, canEdit, type Participant, useBoardStore } from '../store/boardStore';
import { loadCommentSecret } from '../store/commentSecret';
import { findRecentBoard, rememberBoard } from '../store/recentBoards';
import { connectBoard } from './connect';
import { createPresence, toPeers } from './presence';
import { type RefusedAction, recoverFromRefusal } from './refusal';
import { checkSchema } from './schemaCheck';
import { trackUnsynced } from './unsynced';

/**
 * Opens a board for the page's lifetime: asks the server for this token's role, connects the doc
 * (IndexedDB + websocket), wires snapshots, connection state, presence and per-user undo into the
 * store, and tears everything down on leave. Data flows doc -> snapshot -> store -> React.
 */
export function useBoardSession(boardId: string, token: string | null, participant: Participant | null): void {
  // A new name or colour is published as is; only a different person (id) means a new session.
  const participantId = participant?.id ?? null;
  const participantRef = useRef(participant);
  participantRef.current = participant;
  useEffect(() => {
    if (!participant) return;
    const { session, participant: current } = useBoardStore.getState();
    if (current === participant) return;
    useBoardStore.getState().patch({ participant });
    session?.setUser(participant);
  }, [participant]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: one session per person (id); a new name or colour is published by the effect above
  useEffect(() => {
    const participant = participantRef.current;
    const store = useBoardStore.getState();
    store.reset();
    const recent = findRecentBoard(boardId);
    store.patch({
      boardId,
      participant,
      tokens: { edit: recent?.editToken, view: recent?.viewToken, comment: recent?.commentToken, current: token },
    });
    if (!token) {
      store.patch({ error: 'missing-token' });
      return;
    }
    if (!participant) return;
    let stopped = false;
    const stops: (() => void)[] = [];
    const patch = useBoardStore.getState().patch;

    const applyRole = (role: BoardRole) => patch({ role });
    // Offline-first: the last role known on this device until the server answers.
    applyRole(recent?.token === token ? recent.role : 'view');
    // The role alone: the summary would make the server read the whole board first.
    fetchBoardAccess(boardId, token).then(
      (info) => {
        if (stopped) return;
        applyRole(info.role);
        // The links this token may share (a facilitator's device that did not create the board learns
        // the edit and view links here); each from its own token, never the one in the address bar.
        const edit = info.tokens?.edit ?? recent?.editToken;
        const view = info.tokens?.view ?? recent?.viewToken;
        const comment = info.tokens?.comment ?? recent?.commentToken;
        patch({ tokens: { edit, view, comment, current: token } });
        // The title is remembered once the board has synced (below).
        rememberBoard({ id: boardId, token, role: info.role, editToken: edit, viewToken: view, commentToken: comment });
      },
      (error: unknown) => {
        if (stopped || !(error instanceof ApiError)) return;
        if (error.status === 401 || error.status === 403) patch({ error: 'unauthorized' });
        else if (error.status === 404) patch({ error: 'not-found' });
      },
    );

    const connection = connectBoard(boardId, token, loadCommentSecret());
    const { doc, provider, persistence } = connection;
    stops.push(() => connection.destroy());

    let schemaChecked = false;
    const runSchemaCheck = () => {
      if (schemaChecked) return;
      schemaChecked = true;
      if (checkSchema(doc, canEdit(useBoardStore.getState().role)) === 'newer') {
        patch({ error: 'newer-doc' });
        provider.disconnect();
      }
    };

    const undoManager = createUndoManager(doc);
    // What this participant did last, so that a refusal can say "your undo" (sync/refusal.ts).
    let lastAction: RefusedAction = 'change';
    const onTransaction = (transaction: Y.Transaction) => {
      if (transaction.local && transaction.origin !== undoManager && transaction.changed.size > 0)
        lastAction = 'change';
    };
    doc.on('afterTransaction', onTransaction);
    stops.push(() => doc.off('afterTransaction', onTransaction));
    const onStack = () => patch({ canUndo: undoManager.canUndo(), canRedo: undoManager.canRedo() });
    undoManager.on('stack-item-added', onStack);
    undoManager.on('stack-item-popped', onStack);
    undoManager.on('stack-cleared', onStack);
    stops.push(() => undoManager.destroy());

    const presence = createPresence(provider.awareness, participant);
    stops.push(() => presence.destroy());
    const onAwareness = () => patch({ peers: toPeers(provider.awareness) });
    provider.awareness.on('change', onAwareness);
    stops.push(() => provider.awareness.off('change', onAwareness));
    stops.push(
      useBoardStore.subscribe((state, before) => {
        if (state.selection === before.selection) return;
        presence.setSelection([...state.selection]);
        // Selecting is a new intent: what follows is its own undo step, never merged with the last edit.
        undoManager.stopCapturing();
      }),
    );

    patch({
      doc,
      session: {
        undo: () => {
          if (undoManager.undo()) lastAction = 'undo';
        },
        redo: () => {
          if (undoManager.redo()) lastAction = 'redo';
        },
        endUndoStep: () => undoManager.stopCapturing(),
        undoMark: () => {
          undoManager.stopCapturing();
          return undoManager.undoStack.length;
        },
        revertTo: (mark) => {
          while (undoManager.undoStack.length > mark && undoManager.undo() !== null) {}
          // What was reverted is not something to redo (an empty card coming back).
          undoManager.clear(false, true);
        },
        setCursor: (point) => presence.setCursor(point),
        setUser: (user) => presence.setUser(user),
        awareness: provider.awareness,
      },
    });
    let knownTitle: string | null = null;
    stops.push(
      observeSnapshot(doc, (snapshot) => {
        useBoardStore.getState().setSnapshot(snapshot);
        // The recent list shows the board's current title (renamed by anyone), once it is known.
        const title = snapshot.board.title;
        if (title && title !== knownTitle && provider.synced) {
          knownTitle = title;
          rememberBoard({ id: boardId, title, token });
        }
      }),
    );
    stops.push(trackUnsynced(doc, provider, (unsynced) => patch({ unsynced })));

    let everConnected = false;
    const updateConnection = () => {
      let state: ConnectionState;
      if (!navigator.onLine) state = 'offline';
      else if (provider.wsconnected && provider.synced) state = 'connected';
      else state = everConnected ? 'reconnecting' : 'connecting';
      if (state === 'connected') everConnected = true;
      patch({ connection: state });
    };
    const onSync = (synced: boolean) => {
      if (synced) runSchemaCheck();
      updateConnection();
    };
    provider.on('status', updateConnection);
    provider.on('sync', onSync);
    provider.on('closed', (event) => {
      // A refused change (4403; 4413, the board is full): start again from the board as stored (sync/refusal.ts).
      const refused = event.code === 4403 || event.code === 4413;
      if (refused && recoverFromRefusal(boardId, event.reason, () => persistence.clearData(), { action: lastAction }))
        return;
      if (event.code === 4401 || event.code === 4403) patch({ error: 'unauthorized' });
      else if (event.code === 4404) patch({ error: 'not-found' });
      else if (event.code === 4503) patch({ error: 'newer-doc' });
      else if (event.code === 4413) patch({ error: 'board-full' });
      else if (event.code === 4429) patch({ error: 'too-many' });
      else patch({ error: 'server' });
    });
    // y-websocket only notices a dead network after a long silence: follow the browser's own signal.
    const onOffline = () => {
      provider.disconnect();
      updateConnection();
    };
    const onOnline = () => {
      provider.connect();
      updateConnection();
    };
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    stops.push(() => {
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
    });
    // Offline: the copy on this device is the whole board we have, so check it once loaded.
    void persistence.whenSynced.then(() => {
      if (!stopped && !navigator.onLine) runSchemaCheck();
    });
    if (!navigator.onLine) provider.disconnect();
    updateConnection();

    return () => {
      stopped = true;
      for (const stop of stops.reverse()) stop();
      useBoardStore.getState().reset();
    };
  }, [boardId, token, participantId]);
}
