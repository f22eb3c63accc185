import type { CoalescableSocket } from './position-coalescer';
import type { RealtimeSocketData } from './rooms';

/** A socket of this instance as the relay handles it. */
export interface RelaySocket extends CoalescableSocket {
  readonly id: string;
  readonly data: RealtimeSocketData;
  join(room: string | string[]): unknown;
  leave(room: string): unknown;
}

/** What the index needs of the Socket.IO server: its main namespace's rooms and sockets. */
export interface IoServerLike {
  readonly sockets: {
    readonly adapter: { readonly rooms: Map<string, Set<string>> };
    readonly sockets: Map<string, unknown>;
  };
}

/**
 * The sockets of this gateway instance in any of some rooms, each once, read straight from the
 * in-memory adapter (every instance gets every event, so no cross-instance lookup is needed).
 */
export class LocalSocketIndex {
  constructor(private readonly server: IoServerLike) {}

  *socketsIn(rooms: string[]): Iterable<RelaySocket> {
    const seen = new Set<string>();
    const { adapter, sockets } = this.server.sockets;
    for (const room of rooms) {
      const ids = adapter.rooms.get(room);
      if (!ids) continue;
      for (const id of ids) {
        if (seen.has(id)) continue;
        seen.add(id);
        const socket = sockets.get(id) as RelaySocket | undefined;
        if (socket) yield socket;
      }
    }
  }
}
