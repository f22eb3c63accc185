import { BACKUP_CODE_PATTERN, hashBackupCode, newBackupCodes, parseSecondFactorCode } from './backup-codes';

describe('backup codes', () => {
  it('makes ten distinct codes in the shown format, with their hashes', () => {
    const { codes, hashes } = newBackupCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    expect(hashes).toEqual(codes.map(hashBackupCode));
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes a code the same however it was typed', () => {
    expect(hashBackupCode('ABCDE-FGH23')).toBe(hashBackupCode('abcdefgh23'));
    expect(hashBackupCode('abcde-fgh23')).not.toBe(hashBackupCode('abcde-fgh24'));
  });

  it('tells TOTP codes, backup codes and garbage apart', () => {
    expect(parseSecondFactorCode('123456')).toEqual({ kind: 'totp', code: '123456' });
    expect(parseSecondFactorCode(' 12345678 ')).toEqual({ kind: 'totp', code: '12345678' });
    expect(parseSecondFactorCode('ABCDE-fgh23')).toEqual({ kind: 'backup-code', hash: hashBackupCode('abcdefgh23') });
    for (const bad of [undefined, 42, '', '12345', '123456789', 'abcde-fgh2', 'abcde-fgh01']) expect(parseSecondFactorCode(bad)).toBeNull();
    expect(BACKUP_CODE_PATTERN.test('abcdefgh23')).toBe(true);
  });
});
