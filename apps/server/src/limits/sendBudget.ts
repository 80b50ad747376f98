/**
 * The bytes handed to websockets and not yet written to the network, all connections together.
 * A buffer sent to several connections (a broadcast, a shared sync reply) is one allocation, so
 * it is counted once, until the last connection has written it.
 */
export class SendBudget {
  private readonly pending = new Map<Uint8Array, number>();
  private bytes = 0;

  constructor(readonly maxBytes: number) {}

  /** Counts `buffer` as waiting; false (nothing counted) when that would pass the cap. */
  reserve(buffer: Uint8Array): boolean {
    const holders = this.pending.get(buffer);
    if (holders !== undefined) {
      this.pending.set(buffer, holders + 1);
      return true;
    }
    if (this.bytes + buffer.byteLength > this.maxBytes) return false;
    this.pending.set(buffer, 1);
    this.bytes += buffer.byteLength;
    return true;
  }

  release(buffer: Uint8Array): void {
    const holders = this.pending.get(buffer);
    if (holders === undefined) return;
    if (holders > 1) {
      this.pending.set(buffer, holders - 1);
      return;
    }
    this.pending.delete(buffer);
    this.bytes -= buffer.byteLength;
  }

  get used(): number {
    return this.bytes;
  }
}
