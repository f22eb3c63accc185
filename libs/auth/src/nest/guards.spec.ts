import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PlatterError } from '@platter/contracts';
import { AccessTokenVerifier, VerifiedActor } from '../access-token-verifier';
import { AuthException } from '../auth.exception';
import { AuthenticatedRequest, IS_PUBLIC_KEY, ROLES_KEY } from './auth.decorators';
import { JwtAuthGuard } from './jwt-auth.guard';
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
  const verifier = {
    verify: jest.fn(async (token: string) => {
      if (token === 'good') return customer;
      throw AuthException.invalidToken();
    }),
  } as unknown as AccessTokenVerifier;

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
