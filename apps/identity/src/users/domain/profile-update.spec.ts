import { UpdateMeData } from '@platter/contracts';
import { MAX_PREFERENCES_BYTES, checkProfileUpdate } from './profile-update';

describe('checkProfileUpdate', () => {
  it('takes name or its older alias full_name, trimmed', () => {
    expect(checkProfileUpdate({ name: '  Awa Ngono ' }).update).toEqual({ name: 'Awa Ngono' });
    expect(checkProfileUpdate({ full_name: 'Jane Doe' }).update).toEqual({ name: 'Jane Doe' });
    expect(checkProfileUpdate({ name: 'Jane Doe', full_name: ' Jane Doe' }).update).toEqual({ name: 'Jane Doe' });
  });

  it('refuses two different names, and empty or over-long ones', () => {
    expect(checkProfileUpdate({ name: 'Jane', full_name: 'John' }).errors).toEqual([expect.objectContaining({ field: 'full_name' })]);
    expect(checkProfileUpdate({ name: '   ' }).errors).toEqual([{ field: 'name', message: 'name must be 1 to 100 characters' }]);
    expect(checkProfileUpdate({ full_name: 'x'.repeat(101) }).errors).toEqual([{ field: 'full_name', message: 'name must be 1 to 100 characters' }]);
  });

  it('normalises the phone to E.164, and null removes it', () => {
    expect(checkProfileUpdate({ phone: '670 00 00 00' }).update).toEqual({ phone: '+237670000000' });
    expect(checkProfileUpdate({ phone: null }).update).toEqual({ phone: null });
    expect(checkProfileUpdate({ phone: 'call me' }).errors).toEqual([expect.objectContaining({ field: 'phone' })]);
    expect(checkProfileUpdate({ phone: 42 } as unknown as UpdateMeData).errors).toEqual([expect.objectContaining({ field: 'phone' })]);
  });

  it('keeps preferences that are a JSON object within the size limit', () => {
    const preferences = { theme: 'dark', notifications: true, nested: { language: 'fr' } };
    expect(checkProfileUpdate({ preferences }).update).toEqual({ preferences });
    expect(checkProfileUpdate({ preferences: {} }).update).toEqual({ preferences: {} });
  });

  it('refuses preferences that are not an object or are too large', () => {
    for (const preferences of [[], 'dark', null, 3]) {
      expect(checkProfileUpdate({ preferences } as unknown as UpdateMeData).errors).toEqual([{ field: 'preferences', message: 'preferences must be a JSON object' }]);
    }
    const large = { blob: 'x'.repeat(MAX_PREFERENCES_BYTES) };
    expect(checkProfileUpdate({ preferences: large }).errors).toEqual([expect.objectContaining({ field: 'preferences', message: expect.stringContaining('at most') })]);
  });

  it('refuses email, password, role or any other field, listing each', () => {
    const { update, errors } = checkProfileUpdate({ name: 'Jane', email: 'x@y.cm', password: 'p', role: 'admin' } as unknown as UpdateMeData);
    expect(update).toBeUndefined();
    expect(errors.map((e) => e.field)).toEqual(['email', 'password', 'role']);
  });

  it('changes nothing for an empty body', () => {
    expect(checkProfileUpdate({})).toEqual({ update: {}, errors: [] });
  });
});
