import { create } from 'zustand';

/**
 * Uploads under way, by card id (a picture for an existing card) or by a key of their own (a new
 * image card, created only once its upload succeeded: nothing half-created). The canvas draws the
 * progress on the card; the message bar shows the others.
 */
export interface Upload {
  readonly key: string;
  /** The card receiving the picture, or null for a new image card. */
  readonly cardId: string | null;
  readonly name: string;
  /** 0..1 of the bytes sent; 1 while the server processes it. */
  readonly progress: number;
}

interface UploadState {
  readonly uploads: Readonly<Record<string, Upload>>;
  set(upload: Upload): void;
  done(key: string): void;
}

export const useUploadStore = create<UploadState>()((set) => ({
  uploads: {},
  set(upload) {
    set((s) => ({ uploads: { ...s.uploads, [upload.key]: upload } }));
  },
  done(key) {
    set((s) => {
      const { [key]: _, ...rest } = s.uploads;
      return { uploads: rest };
    });
  },
}));

/** Progress of the upload into this card, if one runs. */
export function cardUpload(uploads: Readonly<Record<string, Upload>>, cardId: string): Upload | undefined {
  return Object.values(uploads).find((u) => u.cardId === cardId);
}
