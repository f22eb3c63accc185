import { checkSetting, formatPercent, isSettingKey } from './setting-rules';

describe('isSettingKey', () => {
  it('knows the four settings and nothing else', () => {
    for (const k of ['tax_rate', 'service_fee', 'acceptance_timeout_minutes', 'preparation_minutes']) expect(isSettingKey(k)).toBe(true);
    for (const k of ['TAX_RATE', 'currency', '', '__proto__', 'toString']) expect(isSettingKey(k)).toBe(false);
  });
});

describe('checkSetting', () => {
  it('takes a tax rate as a percent with at most two decimals, written without trailing zeros', () => {
    expect(checkSetting('tax_rate', '19.25')).toEqual({ ok: true, value: '19.25' });
    expect(checkSetting('tax_rate', '19.50')).toEqual({ ok: true, value: '19.5' });
    expect(checkSetting('tax_rate', '007')).toEqual({ ok: true, value: '7' });
    expect(checkSetting('tax_rate', 0)).toEqual({ ok: true, value: '0' });
    expect(checkSetting('tax_rate', '100')).toEqual({ ok: true, value: '100' });
    expect(checkSetting('tax_rate', '100.00')).toEqual({ ok: true, value: '100' });
    expect(checkSetting('tax_rate', 19.25)).toEqual({ ok: true, value: '19.25' });
  });

  it('refuses a tax rate out of range, too precise or not a number', () => {
    for (const bad of ['100.01', '101', '-1', '19.255', '19.', '.5', 'abc', '1e2', '', ' ', 19.255, -3, Number.NaN, Number.POSITIVE_INFINITY, true, null, undefined, {}]) {
      const r = checkSetting('tax_rate', bad);
      expect({ bad, ok: r.ok }).toEqual({ bad, ok: false });
    }
  });

  it('takes a service fee in whole minor units, zero included', () => {
    expect(checkSetting('service_fee', '500')).toEqual({ ok: true, value: '500' });
    expect(checkSetting('service_fee', 0)).toEqual({ ok: true, value: '0' });
    for (const bad of ['-1', '1.5', 2.5, '1000001', 'free']) expect(checkSetting('service_fee', bad).ok).toBe(false);
  });

  it('bounds the acceptance timeout to 1–60 minutes and preparation to 1–240', () => {
    expect(checkSetting('acceptance_timeout_minutes', 1)).toEqual({ ok: true, value: '1' });
    expect(checkSetting('acceptance_timeout_minutes', '60')).toEqual({ ok: true, value: '60' });
    for (const bad of [0, 61, '5.5', '']) expect(checkSetting('acceptance_timeout_minutes', bad).ok).toBe(false);
    expect(checkSetting('preparation_minutes', '240')).toEqual({ ok: true, value: '240' });
    for (const bad of [0, 241, 'ten']) expect(checkSetting('preparation_minutes', bad).ok).toBe(false);
  });

  it('says what is wrong', () => {
    expect(checkSetting('acceptance_timeout_minutes', 90)).toEqual({ ok: false, message: 'acceptance_timeout_minutes must be a whole number from 1 to 60' });
  });
});

describe('formatPercent', () => {
  it('writes hundredths of a percent', () => {
    expect(formatPercent(1925)).toBe('19.25');
    expect(formatPercent(1950)).toBe('19.5');
    expect(formatPercent(5)).toBe('0.05');
    expect(formatPercent(0)).toBe('0');
  });
});
