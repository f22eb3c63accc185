import { createEnvelope, MalformedMessageError, parseEnvelope } from './envelope';

const valid = () => createEnvelope({ type: 'user.status-changed', version: 1, producer: 'identity', payload: { user_id: 'u', status: 'banned' } });
const buf = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v));

describe('createEnvelope', () => {
  it('fills id, occurred_at and correlation_id (the id itself when not given)', () => {
    const e = valid();
    expect(e.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(e.correlation_id).toBe(e.id);
    expect(new Date(e.occurred_at).toISOString()).toBe(e.occurred_at);
    expect(e).not.toHaveProperty('causation_id');
  });

  it('keeps given correlation and causation ids', () => {
    const e = createEnvelope({ type: 't', version: 1, producer: 'p', payload: null, correlationId: 'c-1', causationId: 'm-0', id: 'm-1' });
    expect(e).toMatchObject({ id: 'm-1', correlation_id: 'c-1', causation_id: 'm-0', payload: null });
  });
});

describe('parseEnvelope', () => {
  it('returns a well-formed envelope as it is', () => {
    const e = valid();
    expect(parseEnvelope(buf(e))).toEqual(e);
  });

  it('accepts a null payload and extra fields', () => {
    const e = { ...valid(), payload: null, extra: 1 };
    expect(parseEnvelope(buf(e))).toEqual(e);
  });

  it.each([
    ['not JSON', 'hello {', 'body is not valid JSON'],
    ['empty', '', 'body is not valid JSON'],
    ['invalid UTF-8 JSON', Buffer.from([0xff, 0xfe, 0x7b]), 'body is not valid JSON'],
    ['a JSON array', [valid()], 'body is not an object'],
    ['a JSON string', '"text"', 'body is not an object'],
    ['JSON null', 'null', 'body is not an object'],
    ['a number', '42', 'body is not an object'],
  ])('rejects a body that is %s', (_what, body, message) => {
    const content = Buffer.isBuffer(body) ? body : buf(body);
    expect(() => parseEnvelope(content)).toThrow(MalformedMessageError);
    expect(() => parseEnvelope(content)).toThrow(message);
  });

  it('names every missing or empty string field', () => {
    const { id: _id, producer: _p, ...rest } = valid();
    expect(() => parseEnvelope(buf({ ...rest, type: '' }))).toThrow('envelope lacks id, type, producer');
  });

  it('rejects fields of the wrong type', () => {
    expect(() => parseEnvelope(buf({ ...valid(), correlation_id: 7 }))).toThrow('envelope lacks correlation_id');
    expect(() => parseEnvelope(buf({ ...valid(), occurred_at: null }))).toThrow('envelope lacks occurred_at');
    expect(() => parseEnvelope(buf({ ...valid(), version: '1' }))).toThrow('envelope lacks version');
  });

  it('rejects an envelope without a payload', () => {
    const { payload: _payload, ...rest } = valid();
    expect(() => parseEnvelope(buf(rest))).toThrow('envelope lacks payload');
  });
});
