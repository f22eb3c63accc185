import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { ClientInfo, IDEMPOTENCY_KEY_PATTERN, PlatterError, ValidationFailedError } from '@platter/contracts';

/** The request's id (X-Request-Id): it becomes the RPC's correlation id. */
export const RequestId = createParamDecorator((_: unknown, ctx: ExecutionContext): string => ctx.switchToHttp().getRequest<{ id: string }>().id);

const IDEMPOTENCY_KEY_RULE = 'Idempotency-Key must be 1 to 255 printable ASCII characters (no spaces)';

function idempotencyKeyHeaderOf(ctx: ExecutionContext): string | string[] | undefined {
  return ctx.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers['idempotency-key'];
}

function checkedIdempotencyKey(value: string | string[]): string {
  if (typeof value !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(value)) {
    throw new ValidationFailedError([{ field: 'Idempotency-Key', message: IDEMPOTENCY_KEY_RULE }]);
  }
  return value;
}

/** The missing-key refusal: 400 IDEMPOTENCY_KEY_REQUIRED, the header named in details. */
export function idempotencyKeyRequired(): PlatterError {
  return new PlatterError('IDEMPOTENCY_KEY_REQUIRED', 'This request places an order or moves money: send an Idempotency-Key header', [
    { field: 'Idempotency-Key', message: 'the Idempotency-Key header is required: a fresh value (e.g. a UUID) per operation, the same one on its retries' },
  ]);
}

/**
 * The required `Idempotency-Key` header of a POST that places an order or moves money: without it a
 * client's retry (after a timeout, a lost answer) would do the thing twice.
 */
export const RequiredIdempotencyKey = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const value = idempotencyKeyHeaderOf(ctx);
  if (value === undefined || value === '') throw idempotencyKeyRequired();
  return checkedIdempotencyKey(value);
});

/** The OpenAPI description of the required header (pair it with @RequiredIdempotencyKey()). */
export function ApiRequiredIdempotencyKey(effect = 'same key and body → the first answer again; same key, other body → 422; while the first is running → 409'): MethodDecorator {
  return ApiHeader({ name: 'Idempotency-Key', required: true, description: `1–255 printable ASCII characters, fresh per operation (400 IDEMPOTENCY_KEY_REQUIRED without it); ${effect}; kept 24 hours` });
}

/** The client behind the request (its IP as TRUST_PROXY allows, and its User-Agent), for security alerts. */
export const ClientContext = createParamDecorator((_: unknown, ctx: ExecutionContext): ClientInfo => {
  const request = ctx.switchToHttp().getRequest<{ ip?: string; headers: Record<string, string | string[] | undefined> }>();
  const userAgent = request.headers['user-agent'];
  return { ...(request.ip ? { ip: request.ip } : {}), ...(typeof userAgent === 'string' && userAgent ? { user_agent: userAgent.slice(0, 512) } : {}) };
});
