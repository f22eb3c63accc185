import type { Socket } from 'socket.io';

/** Sent just before the server ends a connection whose access token has expired. */
export const AUTH_EXPIRED_EVENT = 'auth_expired';
/** Sent just before the server ends a connection whose account may no longer connect (suspended, banned). */
export const AUTH_REVOKED_EVENT = 'auth_revoked';

/** setTimeout's longest delay (about 24.8 days); a later expiry is waited for in several steps. */
const MAX_TIMER_MS = 2_147_483_647;

export type ExpiringSocket = Pick<Socket, 'emit' | 'disconnect' | 'once'>;

/**
 * Ends the connection when its token expires: `auth_expired` first, then a server-side disconnect
 * (the client does not reconnect by itself with the dead token; it connects again with a new one).
 */
export function endAtExpiry(socket: ExpiringSocket, expiresAt: number, now: () => number = Date.now): void {
  let timer: NodeJS.Timeout | undefined;
  const expire = () => {
    socket.emit(AUTH_EXPIRED_EVENT, { code: 'INVALID_TOKEN', message: 'Access token has expired: connect again with a new one' });
    socket.disconnect();
  };
  const arm = () => {
    const remaining = expiresAt - now();
    if (remaining <= 0) return expire();
    timer = setTimeout(arm, Math.min(remaining, MAX_TIMER_MS));
    timer.unref();
  };
  socket.once('disconnect', () => clearTimeout(timer));
  arm();
}
