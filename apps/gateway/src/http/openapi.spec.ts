import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import * as path from 'node:path';
import { OpenAPIObject } from '@nestjs/swagger';
import { ERROR_STATUS } from '@platter/contracts';
import { ERROR_DESCRIPTIONS_FILE, FLEET_ERROR_DESCRIPTIONS, loadErrorDescriptions, parseErrorDescriptions } from './error-descriptions';
import { addErrorCodes, errorCodeCatalog } from './openapi';

describe('error codes in the OpenAPI document', () => {
  const emptyDocument = (): OpenAPIObject => ({ openapi: '3.0.0', info: { title: 'Platter API', version: '1', description: 'Envelopes.' }, paths: {} });

  it('lists every code of ERROR_STATUS with its HTTP status and a description', () => {
    const catalog = errorCodeCatalog();
    expect(catalog.map((e) => e.code).sort()).toEqual(Object.keys(ERROR_STATUS).sort());
    for (const entry of catalog) {
      expect(entry.status).toBe((ERROR_STATUS as Record<string, number>)[entry.code]);
      expect(entry.description.length).toBeGreaterThan(10);
    }
  });

  it('describes a code by the doc comment where it is declared, a fleet-wide one by its fallback', () => {
    const byCode = Object.fromEntries(errorCodeCatalog().map((e) => [e.code, e]));
    expect(byCode.CURRENCY_LOCKED).toEqual({ code: 'CURRENCY_LOCKED', status: 422, description: expect.stringContaining("restaurant's currency changed") });
    expect(byCode.NOTHING_TO_REFUND.description).toBe("An admin asked for a refund of an order with nothing captured left to give back.");
    expect(byCode.VALIDATION_ERROR).toEqual({ code: 'VALIDATION_ERROR', status: 400, description: FLEET_ERROR_DESCRIPTIONS.VALIDATION_ERROR });
  });

  it('finds a doc comment for every code but the fleet-wide ones (a new code says when it is answered)', () => {
    const declared = loadErrorDescriptions();
    const undescribed = Object.keys(ERROR_STATUS).filter((code) => !declared[code]);
    expect(undescribed).toEqual([]);
    expect(Object.keys(FLEET_ERROR_DESCRIPTIONS).every((code) => code in ERROR_STATUS)).toBe(true);
  });

  it('puts the codes in the document: the ErrorCode enum, the ErrorEnvelope, the table and x-error-codes', () => {
    const doc = addErrorCodes(emptyDocument()) as OpenAPIObject & { 'x-error-codes': Array<{ code: string; status: number }> };
    const schemas = doc.components!.schemas! as Record<string, { enum?: string[]; description?: string; properties?: Record<string, unknown> }>;
    expect(schemas.ErrorCode.enum).toEqual(expect.arrayContaining(['VALIDATION_ERROR', 'INVALID_STATE_TRANSITION', 'GATEWAY_TIMEOUT']));
    expect(schemas.ErrorCode.description).toContain('| `INVALID_STATE_TRANSITION` | 422 |');
    expect(schemas.ErrorEnvelope.properties).toHaveProperty('error');
    expect(doc.info.description).toMatch(/^Envelopes\.\n\n## Error codes\n\n\| Code \| HTTP status \| When \|/);
    expect(doc['x-error-codes']).toContainEqual(expect.objectContaining({ code: 'RATE_LIMIT_EXCEEDED', status: 429 }));
  });

  it('reads one-line and multi-line doc comments, and only those directly above a code', () => {
    const source = [
      'export const X = {',
      '  /** Said on one line. */',
      '  ONE_LINE: 422,',
      '  /**',
      '   * Said on',
      '   * two lines.',
      '   */',
      '  TWO_LINES: 409,',
      '  /** Not above a code. */',
      '',
      '  BARE: 400,',
      '  ...OTHERS,',
      '} as const;',
    ].join('\n');
    expect(parseErrorDescriptions(source)).toEqual({ ONE_LINE: 'Said on one line.', TWO_LINES: 'Said on two lines.' });
  });

  it('reads the extract the build writes when there is one', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'error-descriptions-'));
    try {
      writeFileSync(path.join(dir, ERROR_DESCRIPTIONS_FILE), JSON.stringify({ CURRENCY_LOCKED: 'From the build.' }));
      expect(loadErrorDescriptions(dir)).toEqual({ ...FLEET_ERROR_DESCRIPTIONS, CURRENCY_LOCKED: 'From the build.' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
