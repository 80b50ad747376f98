/**
 * Open websocket connections per client address. A gauge, not a rate: a connection counts from
 * its upgrade until its socket closes, whatever it does meanwhile.
 */
export class AddressConnections {
  private readonly open = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Counts one more connection from `address`, or refuses (false) when it holds `max` already. */
  tryOpen(address: string): boolean {
    const count = this.open.get(address) ?? 0;
    if (count >= this.max) return false;
    this.open.set(address, count + 1);
    return true;
  }

  close(address: string): void {
    const count = this.open.get(address) ?? 0;
    if (count <= 1) this.open.delete(address);
    else this.open.set(address, count - 1);
  }

  get addresses(): number {
    return this.open.size;
  }
}
