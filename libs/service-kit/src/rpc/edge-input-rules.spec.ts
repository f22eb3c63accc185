import { PageRequest, PlatterError, RegisterRequest } from '@platter/contracts';
import { EDGE_INPUT_LIMITS, edgeInputViolations } from './edge-input-rules';
import { createValidationPipe } from './validation-pipe';

const deepObject = (levels: number): unknown => JSON.parse('{"a":'.repeat(levels) + '1' + '}'.repeat(levels));
const deepArray = (levels: number): unknown => JSON.parse('['.repeat(levels) + ']'.repeat(levels));

async function rejectionOf(value: unknown, type: 'body' | 'query' | 'param', metatype?: new () => object, data?: string): Promise<PlatterError> {
  try {
    await createValidationPipe().transform(value, { type, metatype, data });
  } catch (err) {
    return err as PlatterError;
  }
  throw new Error('expected a validation failure');
}

describe('the edge input rules', () => {
  it('answers a body nested thousands of levels deep with a 400 naming the field, not a stack overflow', async () => {
    const err = await rejectionOf({ email: deepArray(5000), password: 'long-enough-password', name: 'Awa' }, 'body', RegisterRequest);
    expect(err).toBeInstanceOf(PlatterError);
    expect(err).toMatchObject({ code: 'VALIDATION_ERROR', status: 400 });
    expect(err.details).toHaveLength(1);
    expect(err.details![0].field).toBe(['email', ...Array(EDGE_INPUT_LIMITS.maxDepth - 1).fill('0')].join('.'));
    expect(err.details![0].message).toMatch(/nested too deeply \(at most 32 levels\)$/);
  });

  it('checks bodies whatever their declared type (no class to validate against)', async () => {
    const err = await rejectionOf(deepObject(5000), 'body', Object);
    expect(err.details![0].field).toBe(Array(EDGE_INPUT_LIMITS.maxDepth).fill('a').join('.'));
  });

  it('accepts 32 levels and refuses 33', () => {
    expect(edgeInputViolations(deepObject(EDGE_INPUT_LIMITS.maxDepth))).toEqual([]);
    expect(edgeInputViolations(deepObject(EDGE_INPUT_LIMITS.maxDepth + 1))).toHaveLength(1);
  });

  it('refuses NUL and the other C0 controls in a query, naming the field', async () => {
    const err = await rejectionOf({ q: 'a\u0000x', page: '1' }, 'query', PageRequest);
    expect(err.details).toEqual([{ field: 'q', message: 'q must not contain control characters (U+0000 to U+001F other than tab and line breaks)' }]);
    expect(edgeInputViolations({ note: 'bell\u0007' })).toEqual([{ field: 'note', message: expect.stringContaining('control characters') }]);
    expect(edgeInputViolations({ note: 'esc\u001b[0m' })).toHaveLength(1);
  });

  it('keeps tab, line feed, carriage return and ordinary unicode', () => {
    expect(edgeInputViolations({ notes: 'line one\r\nline two\tindented', name: 'Ndolé 🍲 ﻿𝕏' })).toEqual([]);
  });

  it('refuses NUL in a nested body string and in a route parameter bound by name', async () => {
    expect(edgeInputViolations({ items: [{ notes: 'ok' }, { notes: 'x\u0000' }] })).toEqual([{ field: 'items.1.notes', message: expect.stringContaining('control characters') }]);
    const err = await rejectionOf('6f1c1f43\u0000', 'param', String, 'id');
    expect(err.details).toEqual([{ field: 'id', message: expect.stringContaining('control characters') }]);
  });

  it('refuses unpaired surrogates but keeps surrogate pairs', () => {
    expect(edgeInputViolations({ name: 'a\ud800' })).toEqual([{ field: 'name', message: 'name must not contain unpaired UTF-16 surrogates' }]);
    expect(edgeInputViolations({ name: '\udfffa' })).toHaveLength(1);
    expect(edgeInputViolations({ name: '\ud83d\ude00' })).toEqual([]);
  });

  it('refuses a hostile key without echoing it as the field name', () => {
    expect(edgeInputViolations({ address: { 'x\u0000': 1 } })).toEqual([{ field: 'address', message: expect.stringMatching(/^address key must not contain control characters/) }]);
  });

  it('caps string length, list length and field count', () => {
    expect(edgeInputViolations({ bio: 'x'.repeat(EDGE_INPUT_LIMITS.maxStringLength) })).toEqual([]);
    expect(edgeInputViolations({ bio: 'x'.repeat(EDGE_INPUT_LIMITS.maxStringLength + 1) })).toEqual([{ field: 'bio', message: 'bio must be at most 65536 characters' }]);
    expect(edgeInputViolations({ ids: new Array(EDGE_INPUT_LIMITS.maxArrayLength + 1).fill(1) })).toEqual([{ field: 'ids', message: 'ids must contain at most 10000 elements' }]);
    const wide = Object.fromEntries(Array.from({ length: EDGE_INPUT_LIMITS.maxKeys + 1 }, (_, i) => [`k${i}`, i]));
    expect(edgeInputViolations(wide)).toEqual([{ field: 'body', message: 'body must have at most 1000 fields' }]);
  });

  it('names at most 20 fields however many are bad', () => {
    expect(edgeInputViolations(Array.from({ length: 500 }, () => '\u0000'))).toHaveLength(EDGE_INPUT_LIMITS.maxDetails);
  });

  it('leaves multipart buffers to their route', async () => {
    const buffer = Buffer.from('\u0000'.repeat(10));
    await expect(createValidationPipe().transform(buffer, { type: 'body', metatype: Object })).resolves.toBe(buffer);
  });
});
