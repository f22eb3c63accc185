import { normalizePhone } from './phone-number';

describe('normalizePhone', () => {
  it.each([
    ['+237670000000', '+237670000000'],
    ['+237 6 70 00 00 00', '+237670000000'],
    ['00237 670-000-000', '+237670000000'],
    ['670 00 00 00', '+237670000000'],
    ['222 22 22 22', '+237222222222'],
    ['+20 10 1234 5678', '+201012345678'],
    ['010 1234 5678', '+201012345678'],
    ['0020 2 2345 6789', '+20223456789'],
    ['+33 6 12 34 56 78', '+33612345678'],
  ])('normalises %s to %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    ['+237 570 00 00 00'], // Cameroon numbers start with 6 or 2
    ['+237 6700'],
    ['+20 13 1234 5678'], // no such Egyptian mobile prefix
    ['12345'],
    ['0670000000'],
    ['+0123456789'],
    ['phone'],
    [''],
  ])('refuses %s', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});
