import { ConflictError, NotFoundError, PlatterError, ValidationFailedError } from '@platter/contracts';
import { deserializeError, RpcTimeoutError, serializeError, ServiceUnavailableError } from './errors';

describe('serializeError', () => {
  it('passes a PlatterError through with its code, message and details', () => {
    const err = new ValidationFailedError([{ field: 'email', message: 'email must be an email' }]);
    expect(serializeError(err)).toEqual({
      error: { code: 'VALIDATION_ERROR', message: 'Input validation failed', details: [{ field: 'email', message: 'email must be an email' }] },
      internal: false,
    });
  });

  it('omits details when there are none', () => {
    expect(serializeError(new ConflictError('already accepted'))).toEqual({ error: { code: 'CONFLICT', message: 'already accepted' }, internal: false });
    expect(serializeError(new NotFoundError('Order')).error).toEqual({ code: 'NOT_FOUND', message: 'Order not found' });
  });

  it('keeps the messaging errors coded', () => {
    expect(serializeError(new RpcTimeoutError('ordering.orders.place', 100)).error.code).toBe('GATEWAY_TIMEOUT');
    expect(serializeError(new ServiceUnavailableError('down')).error).toEqual({ code: 'SERVICE_UNAVAILABLE', message: 'down' });
  });

  it('accepts a coded plain object (e.g. a PlatterError that crossed a realm or was rethrown as JSON)', () => {
    expect(serializeError({ code: 'FORBIDDEN', message: 'no', details: [{ field: 'a', message: 'b' }] })).toEqual({
      error: { code: 'FORBIDDEN', message: 'no', details: [{ field: 'a', message: 'b' }] },
      internal: false,
    });
    expect(serializeError({ code: 'FORBIDDEN', message: 'no', details: 'not an array' })).toEqual({ error: { code: 'FORBIDDEN', message: 'no' }, internal: false });
  });

  it.each([
    ['a plain Error', new Error('connection to postgres://user:secret@db failed')],
    ['an Error with a lower-case (driver) code', Object.assign(new Error('duplicate key value'), { code: '23505' })],
    ['a Node system error', Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED', syscall: 'connect' })],
    ['a Node internal error', Object.assign(new TypeError('The "path" argument must be of type string'), { code: 'ERR_INVALID_ARG_TYPE' })],
    ['an unknown upper-case code', { code: 'SOMETHING_ELSE', message: 'internal detail' }],
    ['a code without a message', { code: 'CONFLICT' }],
    ['a string', 'boom'],
    ['undefined', undefined],
    ['null', null],
    ['Nest\'s generic RPC error', { status: 'error', message: 'Internal server error' }],
  ])('hides internals of %s behind INTERNAL_ERROR', (_what, thrown) => {
    const { error, internal } = serializeError(thrown);
    expect(internal).toBe(true);
    expect(error).toEqual({ code: 'INTERNAL_ERROR', message: 'An internal error occurred' });
  });
});

describe('deserializeError', () => {
  it('rebuilds a PlatterError the caller can map to a status', () => {
    const err = deserializeError({ code: 'CONFLICT', message: 'already accepted', details: [{ field: 'x', message: 'y' }] });
    expect(err).toBeInstanceOf(PlatterError);
    expect(err).toMatchObject({ code: 'CONFLICT', message: 'already accepted', status: 409, details: [{ field: 'x', message: 'y' }] });
  });

  it('round-trips through JSON', () => {
    const original = new ConflictError('taken');
    const back = deserializeError(JSON.parse(JSON.stringify(serializeError(original).error)));
    expect(back.toJSON()).toEqual(original.toJSON());
  });
});
