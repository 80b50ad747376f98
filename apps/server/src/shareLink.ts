/** The link that opens a board with a token: what creation answers and what a join code stands for. */
export function boardLink(publicUrl: string, boardId: string, token: string): string {
  return `${publicUrl}/b/${encodeURIComponent(boardId)}?token=${encodeURIComponent(token)}`;
}
