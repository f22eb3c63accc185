import { ErrorDetail, UpdateMeData, UpdateMeRequest } from '@platter/contracts';
import { edgeFieldErrors, serviceFieldErrors } from '@platter/testing';
import { MAX_PREFERENCES_BYTES } from '../../domain/profile-update';
import { validProfileUpdate } from './profile-update-request';

const TODAY = new Date('2026-06-01T00:00:00Z');

describe('validProfileUpdate: identity checks PUT /users/me with the gateway’s UpdateMeRequest', () => {
  it.each([
    ['a bad phone and birthday', { phone: 'call me', birthday: '23/04/1995' }],
    ['fields that are not editable, with a bad phone', { email: 'x@example.cm', role: 'admin', phone: 'nope' }],
    ['a name that is no string and preferences that are a list', { name: 42, preferences: ['dark'] }],
    ['an empty full_name and an over-long name', { full_name: '', name: 'x'.repeat(101) }],
  ])('refuses %s with the same field errors as the edge', async (_case, body) => {
    const edge = await edgeFieldErrors(UpdateMeRequest, body);
    expect(edge.length).toBeGreaterThan(0);
    expect(serviceFieldErrors(() => validProfileUpdate(body as UpdateMeData, TODAY))).toEqual(edge);
  });

  it('lists the fields that are not editable first, as the edge does', () => {
    expect(serviceFieldErrors(() => validProfileUpdate({ email: 'x@example.cm', role: 'admin', phone: 'nope' } as UpdateMeData, TODAY)).map((d) => d.field)).toEqual(['email', 'role', 'phone']);
  });

  it('normalises a national phone form to E.164, as the edge does', () => {
    expect(validProfileUpdate({ phone: '670 00 00 00' }, TODAY)).toEqual({ phone: '+237670000000' });
    expect(validProfileUpdate({ phone: null, birthday: null }, TODAY)).toEqual({ phone: null, birthday: null });
  });

  it('then holds the rules the class cannot say: a trimmed name, one name, bounded preferences, a real birthday old enough', async () => {
    const beyondTheClass: [object, ErrorDetail[]][] = [
      [{ name: '   ' }, [{ field: 'name', message: 'name must be 1 to 100 characters' }]],
      [{ name: 'Jane', full_name: 'John' }, [{ field: 'full_name', message: 'full_name is another name for name: give one, or the same value' }]],
      [{ preferences: { blob: 'x'.repeat(MAX_PREFERENCES_BYTES) } }, [{ field: 'preferences', message: `preferences must be at most ${MAX_PREFERENCES_BYTES} bytes of JSON` }]],
      [{ birthday: '1988-02-30' }, [{ field: 'birthday', message: 'birthday must be a real calendar date' }]],
      [{ birthday: '2020-01-01' }, [{ field: 'birthday', message: 'you must be at least 13 years old' }]],
    ];
    for (const [body, errors] of beyondTheClass) {
      expect(await edgeFieldErrors(UpdateMeRequest, body)).toEqual([]);
      expect(serviceFieldErrors(() => validProfileUpdate(body as UpdateMeData, TODAY))).toEqual(errors);
    }
  });

  it('takes what is valid, trimmed', () => {
    expect(validProfileUpdate({ full_name: ' Jane Doe ', preferences: { theme: 'dark' }, birthday: '1995-04-23' }, TODAY)).toEqual({
      name: 'Jane Doe',
      preferences: { theme: 'dark' },
      birthday: '1995-04-23',
    });
    expect(validProfileUpdate({}, TODAY)).toEqual({});
  });
});
