import type { Socket } from 'socket.io';
import { AccessTokenVerifier, VerifiedActor, bearerToken } from '@platter/auth';
import { Actor, PlatterError } from '@platter/contracts';
import { ExpiringSocket, endAtExpiry } from './socket-expiry';

/** A refused handshake: the client's `connect_error` carries `err.data = {code, message}`. */
export class SocketAuthError extends Error {
  readonly data: { code: string; message: string };

  constructor(code: string, message: string) {
    super(message);
    this.data = { code, message };
  }
}

/** The token of `io(url, {auth: {token}})`, or of an `Authorization: Bearer` header. */
function handshakeToken(socket: Pick<Socket, 'handshake'>): string | null {
  const given = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
  if (typeof given === 'string' && given) return given.replace(/^Bearer\s+/i, '');
  return bearerToken(socket.handshake.headers.authorization);
}

/**
 * Socket.IO connection middleware: verifies the access token, keeps the actor on the socket and
 * puts the socket in its rooms before the connection is acknowledged; the connection ends when the
 * token expires.
 */
export function authenticateSockets(verifier: AccessTokenVerifier, roomsOf: (actor: Actor) => string[]) {
  return (socket: Pick<Socket, 'handshake' | 'data' | 'join'> & ExpiringSocket, next: (err?: Error) => void): void => {
    const token = handshakeToken(socket);
    if (!token) return next(new SocketAuthError('AUTH_REQUIRED', 'Authentication token required'));
    verifier.verifyWithExpiry(token).then(
      async ({ actor, expiresAt }: { actor: VerifiedActor; expiresAt: number }) => {
        socket.data.actor = actor;
        await socket.join(roomsOf(actor));
        endAtExpiry(socket, expiresAt);
        next();
      },
      (err: unknown) => {
        const e = err instanceof PlatterError ? err : new PlatterError('INVALID_TOKEN', 'Invalid or expired token');
        next(new SocketAuthError(e.code, e.message));
      },
    );
  };
}
