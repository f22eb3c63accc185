import { CallHandler, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { lastValueFrom, of } from 'rxjs';
import { SuccessEnvelopeInterceptor, SuccessMessage, successEnvelope } from './success-envelope';

describe('successEnvelope', () => {
  it('wraps a plain result', () => {
    expect(successEnvelope({ id: 'o-1' })).toEqual({ success: true, data: { id: 'o-1' }, timestamp: expect.any(String) });
  });

  it('puts a page of items in data, beside pagination', () => {
    const pagination = { page: 2, limit: 20, total: 41, totalPages: 3 };
    expect(successEnvelope({ items: [{ id: 'r-1' }], pagination })).toEqual({ success: true, data: [{ id: 'r-1' }], pagination, timestamp: expect.any(String) });
  });

  it('carries a message when the route has one, and null data for an empty answer', () => {
    expect(successEnvelope(undefined, 'Logged out')).toEqual({ success: true, data: null, message: 'Logged out', timestamp: expect.any(String) });
  });
});

describe('SuccessEnvelopeInterceptor', () => {
  class Routes {
    @SuccessMessage('Account created')
    register() {}
  }

  function run(route: string, result: unknown, type = 'http') {
    const ctx = {
      getType: () => type,
      getHandler: () => Routes.prototype.register,
      switchToHttp: () => ({ getRequest: () => ({ routeOptions: { url: route } }) }),
    } as unknown as ExecutionContext;
    const next: CallHandler = { handle: () => of(result) };
    return lastValueFrom(new SuccessEnvelopeInterceptor(new Reflector(), '/api/v1').intercept(ctx, next));
  }

  it('wraps the public API with the route message', async () => {
    await expect(run('/api/v1/auth/register', { user: {} })).resolves.toMatchObject({ success: true, data: { user: {} }, message: 'Account created' });
  });

  it('leaves health, metrics and broker-fed handlers alone', async () => {
    await expect(run('/health', { status: 'healthy' })).resolves.toEqual({ status: 'healthy' });
    await expect(run('/api/v1/x', 'event', 'rpc')).resolves.toBe('event');
  });
});
