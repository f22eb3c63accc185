import { AccessTokenVerifier, AuthException, VerifiedActor } from '@platter/auth';
import { PlatterError } from '@platter/contracts';
import { SocketAuthError, authenticateSockets } from './socket-auth';

const admin: VerifiedActor = { user_id: 'a-1', role: 'admin', sid: 's-1' };

const expiresAt = Date.now() + 60_000;

const verifier = {
  verifyWithExpiry: async (token: string) => {
    if (token === 'good') return { actor: admin, expiresAt };
    if (token === 'identity-down') throw new PlatterError('SERVICE_UNAVAILABLE', 'No identity service is running');
    throw AuthException.invalidToken();
  },
} as unknown as AccessTokenVerifier;

function handshake(auth: Record<string, unknown>, headers: Record<string, string> = {}) {
  const socket = {
    handshake: { auth, headers },
    data: {} as Record<string, unknown>,
    join: jest.fn(async () => undefined),
    emit: jest.fn(),
    disconnect: jest.fn(),
    once: jest.fn(),
  };
  const result = new Promise<Error | undefined>((resolve) => authenticateSockets(verifier, (a) => [`user:${a.user_id}`])(socket as never, resolve));
  return { socket, result };
}

describe('authenticateSockets', () => {
  it('refuses a handshake without a token: AUTH_REQUIRED', async () => {
    const err = (await handshake({}).result) as SocketAuthError;
    expect(err.data).toEqual({ code: 'AUTH_REQUIRED', message: 'Authentication token required' });
  });

  it('refuses a bad token: INVALID_TOKEN', async () => {
    const err = (await handshake({ token: 'forged' }).result) as SocketAuthError;
    expect(err.data.code).toBe('INVALID_TOKEN');
  });

  it('says so when the keys cannot be fetched', async () => {
    const err = (await handshake({ token: 'identity-down' }).result) as SocketAuthError;
    expect(err.data.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('admits a valid token, keeps the actor and joins its rooms before connecting', async () => {
    const { socket, result } = handshake({ token: 'good' });
    expect(await result).toBeUndefined();
    expect(socket.data.actor).toEqual(admin);
    expect(socket.join).toHaveBeenCalledWith(['user:a-1']);
  });

  it('arranges for the connection to end when the token expires', async () => {
    jest.useFakeTimers({ now: expiresAt - 60_000 });
    try {
      const { socket, result } = handshake({ token: 'good' });
      expect(await result).toBeUndefined();
      jest.advanceTimersByTime(59_999);
      expect(socket.disconnect).not.toHaveBeenCalled();
      jest.advanceTimersByTime(1);
      expect(socket.emit).toHaveBeenCalledWith('auth_expired', expect.objectContaining({ code: 'INVALID_TOKEN' }));
      expect(socket.disconnect).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('also takes the token from an Authorization header', async () => {
    expect(await handshake({}, { authorization: 'Bearer good' }).result).toBeUndefined();
  });
});
