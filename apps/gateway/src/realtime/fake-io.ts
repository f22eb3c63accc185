import { Actor } from '@platter/contracts';
import { automaticRooms, RealtimeSocketData } from './rooms';

/**
 * For unit tests: an in-memory stand-in for a Socket.IO server's main namespace (rooms, sockets,
 * emits to the union of rooms) and its sockets, with an Engine.IO write buffer tests can fill.
 */
export class FakeSocket {
  readonly data: RealtimeSocketData;
  readonly heard: Array<{ event: string; payload: unknown }> = [];
  disconnected = false;
  readonly conn = {
    writeBuffer: [] as unknown[],
    drainListeners: [] as Array<() => void>,
    once: (_event: 'drain', listener: () => void) => {
      this.conn.drainListeners.push(listener);
    },
  };

  constructor(
    readonly id: string,
    private readonly io: FakeIo,
    actor?: Actor,
  ) {
    this.data = { actor };
  }

  emit(event: string, payload: unknown): boolean {
    this.heard.push({ event, payload });
    return true;
  }

  join(rooms: string | string[]): void {
    for (const room of ([] as string[]).concat(rooms)) {
      const ids = this.io.sockets.adapter.rooms.get(room) ?? new Set<string>();
      ids.add(this.id);
      this.io.sockets.adapter.rooms.set(room, ids);
    }
  }

  leave(room: string): void {
    this.io.sockets.adapter.rooms.get(room)?.delete(this.id);
  }

  disconnect(): void {
    this.disconnected = true;
    for (const ids of this.io.sockets.adapter.rooms.values()) ids.delete(this.id);
    this.io.sockets.sockets.delete(this.id);
  }

  /** Simulates the transport taking the buffer: Engine.IO empties it and emits 'drain'. */
  drain(): void {
    this.conn.writeBuffer.length = 0;
    const listeners = this.conn.drainListeners.splice(0);
    for (const l of listeners) l();
  }

  heardOf(event: string): unknown[] {
    return this.heard.filter((h) => h.event === event).map((h) => h.payload);
  }

  inRoom(room: string): boolean {
    return this.io.sockets.adapter.rooms.get(room)?.has(this.id) ?? false;
  }
}

export class FakeIo {
  readonly sockets = { adapter: { rooms: new Map<string, Set<string>>() }, sockets: new Map<string, FakeSocket>() };
  private next = 0;

  /** A connected socket of this actor, in its automatic rooms as the handshake puts it. */
  connect(actor: Actor): FakeSocket {
    const socket = new FakeSocket(`s${++this.next}`, this, actor);
    this.sockets.sockets.set(socket.id, socket);
    socket.join(automaticRooms(actor));
    return socket;
  }

  to(rooms: string | string[]): { emit(event: string, payload: unknown): void } {
    return { emit: (event, payload) => this.socketsIn(([] as string[]).concat(rooms)).forEach((s) => s.emit(event, payload)) };
  }

  in(room: string) {
    return {
      emit: (event: string, payload: unknown) => this.socketsIn([room]).forEach((s) => s.emit(event, payload)),
      disconnectSockets: () => this.socketsIn([room]).forEach((s) => s.disconnect()),
      socketsLeave: (left: string) => this.socketsIn([room]).forEach((s) => s.leave(left)),
    };
  }

  private socketsIn(rooms: string[]): FakeSocket[] {
    const ids = new Set<string>();
    for (const r of rooms) for (const id of this.sockets.adapter.rooms.get(r) ?? []) ids.add(id);
    return [...ids].map((id) => this.sockets.sockets.get(id)!).filter(Boolean);
  }
}
