import { Injectable } from '@nestjs/common';
import { AUTH_REVOKED_EVENT } from './socket-expiry';

/** What ending an account's connections needs of a Socket.IO server. */
export interface RoomCloser {
  in(room: string): { emit(event: string, payload: unknown): unknown; disconnectSockets(close?: boolean): void; socketsLeave(room: string): void };
}

/**
 * Ends the connections of an account that may no longer connect. The handshake would refuse a new
 * token of it anyway (refresh fails once its sessions are revoked); this ends the live ones now.
 */
@Injectable()
export class AccountSockets {
  private server: RoomCloser | null = null;

  attach(server: RoomCloser): void {
    this.server = server;
  }

  /** `auth_revoked` then a disconnect, for every socket of the user on this gateway instance. */
  endConnectionsOf(userId: string, reason: string): void {
    const room = this.server?.in(`user:${userId}`);
    if (!room) return;
    room.emit(AUTH_REVOKED_EVENT, { code: 'FORBIDDEN', message: `This account is ${reason}` });
    room.disconnectSockets();
  }

  /** A member taken off a restaurant's team stops hearing its events at once (their token may live on). */
  leaveRestaurant(userId: string, restaurantId: string): void {
    this.server?.in(`user:${userId}`).socketsLeave(`restaurant:${restaurantId}`);
  }
}
