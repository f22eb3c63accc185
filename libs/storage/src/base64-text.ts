import { ValidateBy, ValidationOptions } from 'class-validator';

const PLUS = 43;
const SLASH = 47;
const EQUALS = 61;

function isBase64Char(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === PLUS || code === SLASH;
}

/**
 * Standard padded base64, checked in one pass. class-validator's IsBase64 runs a backtracking
 * regular expression that overflows the stack on a file of a few megabytes: a 500, not a 400.
 */
export function isBase64Text(value: unknown): boolean {
  if (typeof value !== 'string' || value.length % 4 !== 0) return false;
  const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
  const end = value.length - padding;
  for (let i = 0; i < end; i++) if (!isBase64Char(value.charCodeAt(i))) return false;
  for (let i = end; i < value.length; i++) if (value.charCodeAt(i) !== EQUALS) return false;
  return true;
}

export function IsBase64Text(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isBase64Text', validator: { validate: isBase64Text, defaultMessage: () => '$property must be base64 encoded' } }, options);
}
