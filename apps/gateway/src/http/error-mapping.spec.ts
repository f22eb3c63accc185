import { ArgumentsHost, BadRequestException, InternalServerErrorException, Logger, NotFoundException } from '@nestjs/common';
import { ForbiddenError, PlatterError, ValidationFailedError } from '@platter/contracts';
import { RpcTimeoutError, ServiceUnavailableError, deserializeError } from '@platter/messaging';
import { PlatterExceptionFilter, describeForClient } from '@platter/service-kit';
import { RateLimitExceededError } from '../rate-limit/rate-limit-exceeded.error';

// What the gateway answers for what services (through RpcClient) and the framework throw.
describe('error mapping at the gateway', () => {
  it.each([
    ['VALIDATION_ERROR', 400],
    ['INVALID_CREDENTIALS', 401],
    ['TOTP_REQUIRED', 401],
    ['FORBIDDEN', 403],
    ['NOT_FOUND', 404],
    ['CONFLICT', 409],
    ['INVALID_STATE_TRANSITION', 422],
    ['IDEMPOTENCY_KEY_REUSED', 422],
    ['RATE_LIMIT_EXCEEDED', 429],
  ])('a service error %s becomes %i with its code and message', (code, status) => {
    const fromService = deserializeError({ code, message: 'told by the service' });
    expect(describeForClient(fromService)).toEqual({ status, code, message: 'told by the service', details: undefined });
  });

  it('keeps validation details from a service', () => {
    const details = [{ field: 'email', message: 'email is taken' }];
    expect(describeForClient(new ValidationFailedError(details))).toMatchObject({ status: 400, details });
  });

  it('answers 504 when the service did not answer in time, 503 when none runs', () => {
    expect(describeForClient(new RpcTimeoutError('identity.auth.login', 1000))).toMatchObject({ status: 504, code: 'GATEWAY_TIMEOUT' });
    expect(describeForClient(new ServiceUnavailableError('No identity service is running'))).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
  });

  it('maps framework errors by status', () => {
    expect(describeForClient(new NotFoundException('Cannot GET /api/v1/nope'))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(describeForClient(new BadRequestException('bad'))).toMatchObject({ status: 400, code: 'VALIDATION_ERROR' });
    expect(describeForClient(Object.assign(new SyntaxError('Unexpected end of JSON input'), { statusCode: 400 }))).toMatchObject({ status: 400, code: 'VALIDATION_ERROR' });
  });

  it('hides anything unknown behind a generic 500, in the envelope, without a stack', () => {
    const leak = new Error('relation "orders" does not exist at /srv/app/db.ts:12');
    expect(describeForClient(leak)).toEqual({ status: 500, code: 'INTERNAL_ERROR', message: 'An internal error occurred' });
    expect(describeForClient(new PlatterError('SOMETHING_NEW', 'odd'))).toMatchObject({ status: 500 });

    const sent: { status?: number; body?: unknown } = {};
    const reply = { status: (s: number) => ((sent.status = s), reply), send: (b: unknown) => (sent.body = b) };
    const host = { getType: () => 'http', switchToHttp: () => ({ getResponse: () => reply }) } as unknown as ArgumentsHost;
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    new PlatterExceptionFilter().catch(leak, host);
    expect(sent.status).toBe(500);
    expect(sent.body).toMatchObject({ success: false, error: { code: 'INTERNAL_ERROR', message: 'An internal error occurred' } });
    expect(JSON.stringify(sent.body)).not.toMatch(/orders|db\.ts/);
    expect(logged).toHaveBeenCalled(); // the operator sees it, the client does not
  });

  it('never passes a 500\'s own text or details on, whoever raised it', () => {
    const unknownCode = new PlatterError('SOMETHING_NEW', 'pool exhausted at /srv/app/pg.ts:7', [{ field: 'sql', message: 'SELECT 1' }]);
    expect(describeForClient(unknownCode)).toEqual({ status: 500, code: 'INTERNAL_ERROR', message: 'An internal error occurred' });
    expect(describeForClient(new InternalServerErrorException('relation "orders" does not exist'))).toEqual({ status: 500, code: 'INTERNAL_ERROR', message: 'An internal error occurred' });
  });

  it('passes a forbidden answer through as 403', () => {
    expect(describeForClient(new ForbiddenError())).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });

  it('renders a refused rate limit as 429 with retryAfter in the envelope and a Retry-After header', () => {
    const sent: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
    const reply = {
      status: (s: number) => ((sent.status = s), reply),
      header: (name: string, value: string) => ((sent.headers[name] = value), reply),
      send: (b: unknown) => (sent.body = b),
    };
    const host = { getType: () => 'http', switchToHttp: () => ({ getResponse: () => reply }) } as unknown as ArgumentsHost;
    new PlatterExceptionFilter().catch(new RateLimitExceededError(42), host);
    expect(sent.status).toBe(429);
    expect(sent.headers).toEqual({ 'Retry-After': '42' });
    expect(sent.body).toMatchObject({
      success: false,
      error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests. Try again in 42 seconds.', retryAfter: 42 },
    });
  });
});
