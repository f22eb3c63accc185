/** What coalescing needs of a Socket.IO socket and its Engine.IO connection. */
export interface CoalescableSocket {
  readonly disconnected: boolean;
  emit(event: string, payload: unknown): unknown;
  readonly conn: {
    /**
     * Packets Engine.IO holds because the transport has not taken the previous ones yet (private in
     * engine.io's typings, a plain array at run time).
     */
    readonly writeBuffer: readonly unknown[];
    /** Engine.IO emits 'drain' once it has handed its buffer to the transport. */
    once(event: 'drain', listener: () => void): unknown;
  };
}

export interface CoalescerHooks {
  emitted?(event: string): void;
  /** A pending position was replaced by a newer one (the older one is never sent). */
  coalesced?(): void;
}

interface Backlog {
  /** The latest position per order, waiting for the socket to drain. */
  pending: Map<string, unknown>;
}

/**
 * Live positions per socket, never queued behind a slow client: while a socket's connection still
 * holds unsent packets, only the latest position per order is kept for it and sent when the
 * connection drains; a fast socket gets each position at once. Status updates do not come here:
 * they are emitted to rooms and never dropped.
 */
export class PositionCoalescer {
  private readonly backlogs = new WeakMap<CoalescableSocket, Backlog>();

  constructor(
    private readonly event: string,
    private readonly hooks: CoalescerHooks = {},
  ) {}

  deliver(socket: CoalescableSocket, key: string, payload: unknown): void {
    if (socket.disconnected) return;
    const backlog = this.backlogs.get(socket);
    if (backlog) {
      if (backlog.pending.has(key)) this.hooks.coalesced?.();
      backlog.pending.set(key, payload);
      return;
    }
    if (socket.conn.writeBuffer.length > 0) {
      this.backlogs.set(socket, { pending: new Map([[key, payload]]) });
      socket.conn.once('drain', () => this.flush(socket));
      return;
    }
    this.send(socket, payload);
  }

  /** Positions waiting for this socket (for tests and diagnostics). */
  pendingFor(socket: CoalescableSocket): number {
    return this.backlogs.get(socket)?.pending.size ?? 0;
  }

  private flush(socket: CoalescableSocket): void {
    const backlog = this.backlogs.get(socket);
    this.backlogs.delete(socket);
    if (!backlog || socket.disconnected) return;
    // These go into the buffer the transport is now writing: the next positions wait for the next drain.
    for (const payload of backlog.pending.values()) this.send(socket, payload);
  }

  private send(socket: CoalescableSocket, payload: unknown): void {
    socket.emit(this.event, payload);
    this.hooks.emitted?.(this.event);
  }
}
