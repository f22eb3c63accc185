import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PlatterError } from '@platter/contracts';
import { AccessTokenVerifier, VerifiedActor } from '../access-token-verifier';
import { AuthException } from '../auth.exception';
import { AuthenticatedRequest, IS_PUBLIC_KEY, ROLES_KEY } from './auth.decorators';
import { AuthGuardHooks, JwtAuthGuard } from './jwt-auth.guard';
import { RolesGuard } from './roles.guard';

const customer: VerifiedActor = { user_id: 'u-1', role: 'customer', sid: 's-1' };

function httpContext(req: AuthenticatedRequest, metadata: Record<string, unknown> = {}): { ctx: ExecutionContext; reflector: Reflector } {
  const handler = () => undefined;
  for (const [k, v] of Object.entries(metadata)) Reflect.defineMetadata(k, v, handler);
  const ctx = {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => class {},
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
  return { ctx, reflector: new Reflector() };
}

async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (err) {
    return (err as PlatterError).code;
  }
  return 'passed';
}

describe('JwtAuthGuard', () => {
  // 'good' was issued at ms 1_000_000; 'no-iat' carries no iat claim.
  const verifyWithExpiry = async (token: string) => {
    if (token === 'good') return { actor: customer, expiresAt: 2_000_000, issuedAtMs: 1_000_000 };
    if (token === 'no-iat') return { actor: customer, expiresAt: 2_000_000 };
    if (token === 'expired') throw AuthException.expired();
    throw AuthException.invalidToken();
  };
  const verifier = { verifyWithExpiry, verify: async (token: string) => (await verifyWithExpiry(token)).actor } as unknown as AccessTokenVerifier;

  /** Revocation hooks over a fixed list; `down` makes every lookup fail as an unreachable Redis would. */
  function revocationHooks(list: Record<string, number>, opts: { down?: boolean; failClosed?: boolean } = {}) {
    const lookups: string[] = [];
    const hooks: AuthGuardHooks = {
      revocations: {
        lookup: {
          revokedAt: async (userId) => {
            lookups.push(userId);
            if (opts.down) throw new Error('connect ECONNREFUSED');
            return list[userId] ?? null;
          },
        },
        failClosed: () => opts.failClosed ?? false,
      },
    };
    return { hooks, lookups };
  }

  async function guarded(token: string, hooks: AuthGuardHooks, metadata: Record<string, unknown> = {}) {
    const req: AuthenticatedRequest = { headers: { authorization: `Bearer ${token}` } };
    const { ctx, reflector } = httpContext(req, metadata);
    const code = await codeOf(new JwtAuthGuard(verifier, reflector, hooks).canActivate(ctx));
    return { code, req };
  }

  it('refuses a token issued at or before the user\'s revocation, with the revoked detail, after one lookup', async () => {
    for (const revokedAt of [1_000_000, 1_000_001]) {
      const { hooks, lookups } = revocationHooks({ 'u-1': revokedAt });
      const req: AuthenticatedRequest = { headers: { authorization: 'Bearer good' } };
      const { ctx, reflector } = httpContext(req);
      const err = await new JwtAuthGuard(verifier, reflector, hooks).canActivate(ctx).catch((e: PlatterError) => e);
      expect(err).toBeInstanceOf(PlatterError);
      expect((err as PlatterError).code).toBe('TOKEN_REVOKED');
      expect((err as PlatterError).details).toEqual([{ field: 'authorization', message: 'revoked' }]);
      expect(lookups).toEqual(['u-1']);
    }
  });

  it('accepts a token issued after the revocation, and any token of a user with no entry', async () => {
    expect((await guarded('good', revocationHooks({ 'u-1': 999_999 }).hooks)).code).toBe('passed');
    expect((await guarded('good', revocationHooks({ 'someone-else': 5000 }).hooks)).code).toBe('passed');
    // Without iat nothing shows it was issued after the revocation.
    expect((await guarded('no-iat', revocationHooks({ 'u-1': 1 }).hooks)).code).toBe('TOKEN_REVOKED');
  });

  it('ignores a revoked token on a public route (the caller is anonymous there)', async () => {
    const { code, req } = await guarded('good', revocationHooks({ 'u-1': 1_000_000 }).hooks, { [IS_PUBLIC_KEY]: true });
    expect(code).toBe('passed');
    expect(req.actor).toBeUndefined();
  });

  it('when the list cannot be read: 503 where the route fails closed, through elsewhere', async () => {
    expect((await guarded('good', revocationHooks({}, { down: true, failClosed: true }).hooks)).code).toBe('SERVICE_UNAVAILABLE');
    const open = await guarded('good', revocationHooks({}, { down: true, failClosed: false }).hooks);
    expect(open.code).toBe('passed');
    expect(open.req.actor).toEqual(customer);
  });

  it('tells the failed-authentication hook of refused tokens (not of missing ones, nor on public routes), which may answer instead', async () => {
    const failures: unknown[] = [];
    const hooks: AuthGuardHooks = { ...revocationHooks({ 'u-1': 1_000_000 }).hooks, onFailedAuthentication: async (req) => void failures.push(req) };
    expect((await guarded('forged', hooks)).code).toBe('INVALID_TOKEN');
    expect((await guarded('good', hooks)).code).toBe('TOKEN_REVOKED');
    expect(failures).toHaveLength(2);
    await guarded('forged', hooks, { [IS_PUBLIC_KEY]: true });
    const none = httpContext({ headers: {} });
    await codeOf(new JwtAuthGuard(verifier, none.reflector, hooks).canActivate(none.ctx));
    expect(failures).toHaveLength(2);

    const limited: AuthGuardHooks = { onFailedAuthentication: async () => { throw new PlatterError('RATE_LIMIT_EXCEEDED', 'slow down'); } };
    expect((await guarded('forged', limited)).code).toBe('RATE_LIMIT_EXCEEDED');
    expect((await guarded('good', limited)).code).toBe('passed');
  });

  it('does not count an expired token as a failed authentication (nor answer 429 for it): it is 401 INVALID_TOKEN, detail expired', async () => {
    const failures: unknown[] = [];
    const limited: AuthGuardHooks = {
      onFailedAuthentication: async (req) => {
        failures.push(req);
        throw new PlatterError('RATE_LIMIT_EXCEEDED', 'slow down');
      },
    };
    const req: AuthenticatedRequest = { headers: { authorization: 'Bearer expired' } };
    const { ctx, reflector } = httpContext(req);
    const err = (await new JwtAuthGuard(verifier, reflector, limited).canActivate(ctx).catch((e: unknown) => e)) as PlatterError;
    expect([err.status, err.code, err.details]).toEqual([401, 'INVALID_TOKEN', [{ field: 'authorization', message: 'expired' }]]);
    expect(failures).toHaveLength(0);
    // A forged one from the same client still counts.
    expect((await guarded('forged', limited)).code).toBe('RATE_LIMIT_EXCEEDED');
    expect(failures).toHaveLength(1);
  });

  it('requires a token: none is AUTH_REQUIRED, a bad one INVALID_TOKEN', async () => {
    const none = httpContext({ headers: {} });
    expect(await codeOf(new JwtAuthGuard(verifier, none.reflector).canActivate(none.ctx))).toBe('AUTH_REQUIRED');
    const bad = httpContext({ headers: { authorization: 'Bearer forged' } });
    expect(await codeOf(new JwtAuthGuard(verifier, bad.reflector).canActivate(bad.ctx))).toBe('INVALID_TOKEN');
  });

  it('puts the verified actor on the request', async () => {
    const req: AuthenticatedRequest = { headers: { authorization: 'Bearer good' } };
    const { ctx, reflector } = httpContext(req);
    await expect(new JwtAuthGuard(verifier, reflector).canActivate(ctx)).resolves.toBe(true);
    expect(req.actor).toEqual(customer);
  });

  it('lets public routes through, ignoring a bad token', async () => {
    const req: AuthenticatedRequest = { headers: { authorization: 'Bearer forged' } };
    const { ctx, reflector } = httpContext(req, { [IS_PUBLIC_KEY]: true });
    await expect(new JwtAuthGuard(verifier, reflector).canActivate(ctx)).resolves.toBe(true);
    expect(req.actor).toBeUndefined();
  });

  it('does not guard broker-fed handlers', async () => {
    const ctx = { getType: () => 'rpc' } as unknown as ExecutionContext;
    await expect(new JwtAuthGuard(verifier, new Reflector()).canActivate(ctx)).resolves.toBe(true);
  });
});

describe('RolesGuard', () => {
  it('admits listed roles and forbids the others', async () => {
    const allowed = httpContext({ headers: {}, actor: customer }, { [ROLES_KEY]: ['customer', 'admin'] });
    expect(new RolesGuard(allowed.reflector).canActivate(allowed.ctx)).toBe(true);
    const denied = httpContext({ headers: {}, actor: customer }, { [ROLES_KEY]: ['admin'] });
    expect(await codeOf(() => new RolesGuard(denied.reflector).canActivate(denied.ctx))).toBe('FORBIDDEN');
  });

  it('passes routes without @Roles', () => {
    const { ctx, reflector } = httpContext({ headers: {} });
    expect(new RolesGuard(reflector).canActivate(ctx)).toBe(true);
  });
});
