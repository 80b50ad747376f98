import { create } from 'zustand';

/**
 * The facilitator's screen in the room, per device (never synced): the big-screen mode, the
 * full-screen "join" slide, and whether the QR code sits in a corner of the big screen.
 */
export interface RoomState {
  readonly bigScreen: boolean;
  readonly slide: boolean;
  readonly qrCorner: boolean;
  set(values: Partial<Omit<RoomState, 'set'>>): void;
}

export const useRoomStore = create<RoomState>()((set) => ({
  bigScreen: false,
  slide: false,
  qrCorner: true,
  set: (values) => set(values),
}));
