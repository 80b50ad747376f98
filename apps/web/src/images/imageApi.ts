/**
 * The server's image routes (apps/server routes/images.ts): uploads over HTTP with progress, and the
 * address an image is read at. The bytes never go through the board's doc or websocket.
 */
import type { ApiErrorBody, UploadedImage } from '@parcours/api';
import type { ImageRef } from '@parcours/journey';
import { ApiError } from '../api/boards';

export type ImageSize = 'full' | 'thumb';

/** Mirrors the server's default (IMAGE_MAX_BYTES): a larger file is refused here before it is sent. */
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;

export function imageUrl(boardId: string, token: string, hash: string, size: ImageSize = 'full'): string {
  const params = new URLSearchParams({ token, size });
  return `/api/boards/${encodeURIComponent(boardId)}/images/${hash}?${params}`;
}

/**
 * Sends the file's bytes; resolves with the reference a card stores. XMLHttpRequest, not fetch: it
 * reports upload progress. Rejects with an ApiError (status 0 when the network failed).
 */
export function uploadImage(
  boardId: string,
  token: string,
  file: Blob,
  onProgress: (fraction: number) => void,
): Promise<Omit<ImageRef, 'alt'>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/boards/${encodeURIComponent(boardId)}/images?${new URLSearchParams({ token })}`);
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network'));
    xhr.onload = () => {
      // The reply's body, the API's error, or whatever a proxy in between answered.
      const body = xhr.response as Partial<UploadedImage & ApiErrorBody> | null;
      if (xhr.status >= 200 && xhr.status < 300 && body?.hash && body.width && body.height) {
        resolve({ hash: body.hash, width: body.width, height: body.height });
      } else {
        reject(new ApiError(xhr.status, body?.error ?? xhr.statusText));
      }
    };
    xhr.send(file);
  });
}
