import { checkPassword } from './password-policy';

const messages = (password: unknown, email?: string) => checkPassword(password, { email }).map((d) => d.message);

describe('checkPassword', () => {
  it('accepts 10 to 128 characters mixing classes, and long passphrases of one class', () => {
    for (const ok of ['long enough', 'platter-demo', 'customer-password-1', 'bench-password-1', 'Tr0ub4dor&3', 'correct horse battery', 'correcthorsebatterystaple', 'x'.repeat(60) + 'y'.repeat(68)]) {
      expect([ok, checkPassword(ok)]).toEqual([ok, []]);
    }
  });

  it('reports problems on the password field', () => {
    expect(checkPassword('123456789')).toEqual([{ field: 'password', message: 'password must be at least 10 characters' }]);
    expect(checkPassword('x', {}, 'new_password')[0].field).toBe('new_password');
  });

  it('refuses too short, too long, blank and non-strings', () => {
    expect(messages('Ab1!Ab1!A')).toEqual(['password must be at least 10 characters']);
    expect(messages('x'.repeat(129))[0]).toMatch(/at most 128/);
    expect(messages(' '.repeat(12))[0]).toMatch(/blank/);
    expect(messages(undefined)[0]).toMatch(/string/);
  });

  it('refuses a single character class below 16 characters', () => {
    expect(messages('onlylowercase')[0]).toMatch(/mix letters, digits or symbols/);
    expect(messages('9381726354')[0]).toMatch(/mix/);
    expect(messages('ONLYUPPERCASE')[0]).toMatch(/mix/);
    expect(checkPassword('onlylowercaseletters')).toEqual([]);
  });

  it('refuses common passwords, with or without the usual suffix, whatever the case', () => {
    for (const weak of ['Password123!', 'password12', 'QwertyUIOP', 'Azertyuiop1', 'iloveyou!!', 'Platter2024', 'trustno1!!']) {
      expect([weak, messages(weak)]).toEqual([weak, ['password is too common or too easy to guess']]);
    }
  });

  it('refuses repeated characters and runs', () => {
    for (const weak of ['1234567890', '12345678901234567', 'aaaaaaaaaaaaaaaaaa', 'abcdefghijklmnopq', '9876543210']) {
      expect([weak, messages(weak)[0]]).toEqual([weak, expect.stringMatching(/common|mix/)]);
    }
    expect(messages('1234567890')).toEqual(['password must mix letters, digits or symbols, or be at least 16 characters']);
    expect(messages('12345678901234567')).toEqual(['password is too common or too easy to guess']);
  });

  it('refuses the email’s local part, alone or with a suffix, but not a password merely containing it', () => {
    expect(messages('Awa.Ngono', 'awa.ngono@example.cm')).not.toEqual([]);
    expect(messages('awa.ngono-2024', 'awa.ngono@example.cm')).toEqual(['password is too common or too easy to guess']);
    expect(checkPassword('awa.ngono loves ndole', { email: 'awa.ngono@example.cm' })).toEqual([]);
  });
});
