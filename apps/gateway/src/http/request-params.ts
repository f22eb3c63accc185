import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { ClientInfo, ValidationFailedError } from '@platter/contracts';

/** The request's id (X-Request-Id): it becomes the RPC's correlation id. */
export const RequestId = createParamDecorator((_: unknown, ctx: ExecutionContext): string => ctx.switchToHttp().getRequest<{ id: string }>().id);

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,128}$/;

/** The optional `Idempotency-Key` header: 1 to 128 visible ASCII characters. */
export const IdempotencyKey = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => {
  const value = ctx.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers['idempotency-key'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !IDEMPOTENCY_KEY.test(value)) {
    throw new ValidationFailedError([{ field: 'Idempotency-Key', message: 'Idempotency-Key must be 1 to 128 visible ASCII characters' }]);
  }
  return value;
});

/** The client behind the request (its IP as TRUST_PROXY allows, and its User-Agent), for security alerts. */
export const ClientContext = createParamDecorator((_: unknown, ctx: ExecutionContext): ClientInfo => {
  const request = ctx.switchToHttp().getRequest<{ ip?: string; headers: Record<string, string | string[] | undefined> }>();
  const userAgent = request.headers['user-agent'];
  return { ...(request.ip ? { ip: request.ip } : {}), ...(typeof userAgent === 'string' && userAgent ? { user_agent: userAgent.slice(0, 512) } : {}) };
});
