import { PlatterError, WalletTopupBody, WalletTopupRequest, CreditWalletBody, AdminCreditWalletRequest } from '@platter/contracts';
import { createValidationPipe, validData } from '@platter/service-kit';

async function edgeRejection(value: unknown, metatype: new () => object): Promise<PlatterError> {
  try {
    await createValidationPipe().transform(value, { type: 'body', metatype });
  } catch (err) {
    return err as PlatterError;
  }
  throw new Error('expected the gateway to refuse it');
}

function serviceRejection(cls: new () => object, value: unknown): PlatterError {
  try {
    validData(cls, value);
  } catch (err) {
    return err as PlatterError;
  }
  throw new Error('expected payments to refuse it');
}

const fields = (err: PlatterError) => [...new Set((err.details ?? []).map((d) => d.field))].sort();

describe('payments request shapes, shared by the gateway and payments', () => {
  it('a bad top-up is refused at the edge and by payments on the same fields, with the same messages', async () => {
    const bad = { amount: 0, method: 'bitcoin', phone: 'not a phone', currency: 'xaf' };
    const edge = await edgeRejection(bad, WalletTopupBody);
    const service = serviceRejection(WalletTopupRequest, bad);
    expect(edge).toMatchObject({ code: 'VALIDATION_ERROR', status: 400 });
    expect(service).toMatchObject({ code: 'VALIDATION_ERROR' });
    expect(fields(edge)).toEqual(['amount', 'currency', 'method', 'phone']);
    expect(fields(service)).toEqual(fields(edge));
    for (const detail of edge.details ?? []) expect(service.details).toContainEqual(detail);
  });

  it('a bad admin credit is refused the same way on both sides', async () => {
    const bad = { amount: 10_000_001, reason: '' };
    const edge = await edgeRejection(bad, CreditWalletBody);
    const service = serviceRejection(AdminCreditWalletRequest, { ...bad, user_id: '6f1c1f43-1d8e-4d55-9d7e-0d6f3b1c2a10' });
    expect(fields(edge)).toEqual(['amount', 'reason']);
    expect(fields(service)).toEqual(fields(edge));
    for (const detail of edge.details ?? []) expect(service.details).toContainEqual(detail);
  });

  it('normalises a national phone number to E.164 on both sides', async () => {
    const body = { amount: 5000, method: 'campay', phone: '670000000' };
    const edge = (await createValidationPipe().transform(body, { type: 'body', metatype: WalletTopupBody })) as WalletTopupBody;
    expect(edge.phone).toBe('+237670000000');
    expect(validData(WalletTopupRequest, body).phone).toBe('+237670000000');
  });

  it('keeps fields the gateway adds out of the body: a client may not send its own Idempotency-Key or provider', async () => {
    const edge = await edgeRejection({ amount: 5000, method: 'stripe', idempotency_key: 'k' }, WalletTopupBody);
    expect(fields(edge)).toEqual(['idempotency_key']);
  });
});
