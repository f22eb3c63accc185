import { RegisterRequest, StartGuestSessionRequest, UpdateMeRequest } from '@platter/contracts';
import { createValidationPipe, validData } from '@platter/service-kit';
import { edgeFieldErrors, serviceFieldErrors } from '@platter/testing';

/** The gateway binds identity's request classes and identity checks the same ones: one rule, one answer. */
describe('identity request shapes shared by the gateway and identity', () => {
  const cases: [string, new () => object, Record<string, unknown>][] = [
    ['a sign-up with a phone that is no phone number', RegisterRequest, { email: 'awa@example.cm', password: 'long-enough-1', name: 'Awa', phone: '12' }],
    ['a sign-up with a bad email, a short password and no name', RegisterRequest, { email: 'nope', password: 'short' }],
    ['a guest session with a phone in no known form', StartGuestSessionRequest, { phone: '+1 55' }],
    ['a profile update with a bad phone and birthday', UpdateMeRequest, { phone: 'call me', birthday: '23/04/1995' }],
    ['a profile update with a name that is no string and preferences that are a list', UpdateMeRequest, { name: 42, preferences: ['dark'] }],
    ['a profile update with an empty full_name and an over-long name', UpdateMeRequest, { full_name: '', name: 'x'.repeat(101) }],
  ];

  it.each(cases)('%s: the same fields refused with the same messages', async (_, cls, body) => {
    const atGateway = await edgeFieldErrors(cls, body);
    const atService = serviceFieldErrors(() => validData(cls, body));
    expect(atGateway.length).toBeGreaterThan(0);
    expect(atGateway.map((d) => d.field)).toEqual([...new Set(atService.map((d) => d.field))]);
    for (const { field, message } of atGateway) expect(atService).toContainEqual({ field, message });
  });

  it('normalises a national phone form to E.164 on both sides', async () => {
    const body = { email: 'awa@example.cm', password: 'long-enough-1', name: 'Awa', phone: '670 12 34 56' };
    const bound = (await createValidationPipe().transform(body, { type: 'body', metatype: RegisterRequest })) as RegisterRequest;
    expect(bound.phone).toBe('+237670123456');
    expect(validData(RegisterRequest, body).phone).toBe('+237670123456');
  });
});
