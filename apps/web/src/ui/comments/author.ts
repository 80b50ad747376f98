import type { CommentAuthor } from '@parcours/journey';
import type { Participant } from '../../store/boardStore';
import { commentAuthorKey } from '../../store/commentSecret';

/** This participant as the author of a comment: their id and name, and this device's key. */
export function authorOf(participant: Participant): CommentAuthor {
  return { id: participant.id, name: participant.name, key: commentAuthorKey() };
}
