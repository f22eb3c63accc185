import { checkGuestContact } from './guest-contact';

describe('guest contact details', () => {
  it('are all optional', () => {
    expect(checkGuestContact({})).toEqual({ contact: { name: null, phone: null, email: null }, errors: [] });
  });

  it('are trimmed, the phone in E.164 and the email in lower case', () => {
    expect(checkGuestContact({ name: '  Awa ', phone: '670 12 34 56', email: ' Awa@Example.CM ' }).contact).toEqual({
      name: 'Awa',
      phone: '+237670123456',
      email: 'awa@example.cm',
    });
  });

  it('lists every bad field', () => {
    const { contact, errors } = checkGuestContact({ name: 'x'.repeat(101), phone: '12', email: 'nope' });
    expect(contact).toBeUndefined();
    expect(errors.map((e) => e.field)).toEqual(['name', 'phone', 'email']);
  });

  it('refuses a field that is not text', () => {
    expect(checkGuestContact({ phone: 670123456 as unknown as string }).errors).toEqual([{ field: 'phone', message: 'phone must be a string' }]);
  });
});
