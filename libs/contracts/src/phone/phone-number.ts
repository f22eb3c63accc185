/**
 * Normalises a phone number to E.164. Cameroon (+237: nine digits, 6… mobile, 2… fixed) and Egypt
 * (+20: 1[0125]… mobiles, landlines) are also understood in their national forms (`670 00 00 00`,
 * `010 1234 5678`) and with a 00 prefix; other countries must already carry their country code.
 * Returns null for anything that is not a plausible number.
 */
export function normalizePhone(raw: string): string | null {
  const compact = raw.replace(/[\s().-]/g, '');
  let digits: string;
  if (/^\+\d+$/.test(compact)) digits = compact.slice(1);
  else if (/^00\d+$/.test(compact)) digits = compact.slice(2);
  else if (/^[62]\d{8}$/.test(compact)) digits = `237${compact}`;
  else if (/^01[0125]\d{8}$/.test(compact)) digits = `20${compact.slice(1)}`;
  else return null;

  if (digits.startsWith('237')) return /^237[62]\d{8}$/.test(digits) ? `+${digits}` : null;
  if (digits.startsWith('20')) return /^20(1[0125]\d{8}|[2-9]\d{7,8})$/.test(digits) ? `+${digits}` : null;
  return /^[1-9]\d{7,14}$/.test(digits) ? `+${digits}` : null;
}
