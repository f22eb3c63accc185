import { isBase64Text } from './base64-text';

describe('isBase64Text', () => {
  it('takes padded base64 and refuses anything else', () => {
    for (const bytes of ['', 'a', 'ab', 'abc', 'any carnal pleasure']) expect(isBase64Text(Buffer.from(bytes).toString('base64'))).toBe(true);
    for (const text of ['abc', 'ab=c', 'a===', '@@@@', 'YQ==YQ==', 'YWJj\n', 42, null]) expect(isBase64Text(text)).toBe(false);
  });

  it('checks a file of several megabytes without overflowing the stack', () => {
    const big = Buffer.alloc(7 * 1024 * 1024, 7).toString('base64');
    expect(isBase64Text(big)).toBe(true);
    expect(isBase64Text(`${big.slice(0, -4)}!!!!`)).toBe(false);
  });
});
