import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';

// Validation decorators for env variables. Each yields exactly one readable message
// ("must be ..."), so a bad variable is reported on one line whatever the rule.

function envRule(name: string, message: string, isValid: (value: unknown) => boolean): PropertyDecorator {
  return ValidateBy({ name, validator: { validate: (value: unknown) => isValid(value), defaultMessage: () => message } });
}

export function IntInRange(min: number, max: number): PropertyDecorator {
  return envRule('intInRange', `must be an integer between ${min} and ${max}`, (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max,
  );
}

export function OneOf(values: readonly string[]): PropertyDecorator {
  return envRule('oneOf', `must be one of ${values.join(', ')}`, (value) => typeof value === 'string' && values.includes(value));
}

export function MatchesPattern(pattern: RegExp): PropertyDecorator {
  return envRule('matchesPattern', `must match ${pattern.source}`, (value) => typeof value === 'string' && pattern.test(value));
}

/** A parseable URL whose scheme is one of `schemes` (given without "://"). */
export function UrlWithScheme(schemes: readonly string[]): PropertyDecorator {
  const message = `must be a URL starting with ${schemes.map((s) => `${s}://`).join(' or ')}`;
  return envRule('urlWithScheme', message, (value) => {
    if (typeof value !== 'string' || !URL.canParse(value)) return false;
    return schemes.includes(new URL(value).protocol.slice(0, -1));
  });
}

const POSITIVE_INT_LIST = /^\s*[1-9]\d*\s*(,\s*[1-9]\d*\s*)*$/;

export function PositiveIntList(): PropertyDecorator {
  return envRule('positiveIntList', 'must be a comma-separated list of positive integers', (value) =>
    typeof value === 'string' && POSITIVE_INT_LIST.test(value),
  );
}

export function parsePositiveIntList(value: string): number[] {
  return value.split(',').map((part) => Number(part.trim()));
}

/**
 * "true"/"false" → boolean. Implicit conversion would turn any non-empty string (even "false")
 * into `true`, so this reads the raw env value and leaves anything else as a string to fail.
 */
export function BooleanFlag(): PropertyDecorator {
  const parse = Transform(({ obj, key }) => {
    const raw: unknown = obj[key];
    return raw === 'true' ? true : raw === 'false' ? false : raw;
  });
  const rule = envRule('booleanFlag', 'must be "true" or "false"', (value) => typeof value === 'boolean');
  return (target, property) => {
    parse(target, property);
    rule(target, property);
  };
}
