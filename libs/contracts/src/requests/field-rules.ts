import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { normalizePhone } from '../phone/phone-number';

/**
 * Field rules that several request shapes share, each written once. A request class in
 * libs/contracts/src/requests is bound by the gateway (`@Body()`, `@Query()`) and checked again by
 * the service with `validData()`, so the two always agree on what is valid.
 */

/** Money in minor units (XAF has none): a positive 32-bit integer, the widest a column holds. */
export const MAX_MONEY_AMOUNT = 2_147_483_647;

/** E.164 once normalised: `+` then 8 to 15 digits. */
export const E164_PATTERN = /^\+[1-9]\d{7,14}$/;

/** A phone given in E.164 or a Cameroonian or Egyptian national form becomes E.164; anything else is left for the pattern to refuse. */
export const toE164 = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? (normalizePhone(value) ?? value) : value);

type Decorators = PropertyDecorator[];
const all = (decorators: Decorators): PropertyDecorator => (target, key) => {
  // class-validator and class-transformer run decorators bottom-up: apply in reverse so the first listed wins.
  for (const d of [...decorators].reverse()) d(target, key);
};
const optionalIf = (optional: boolean | undefined, decorators: Decorators): Decorators => (optional ? [IsOptional(), ...decorators] : decorators);

export interface FieldOptions {
  optional?: boolean;
  description?: string;
}

/** A phone number, normalised to E.164. */
export function IsPhoneNumber(field: string, o: FieldOptions = {}): PropertyDecorator {
  const doc = { example: '+237690000000', description: o.description ?? 'E.164, or a Cameroonian or Egyptian national form' };
  return all([
    o.optional ? ApiPropertyOptional(doc) : ApiProperty(doc),
    ...optionalIf(o.optional, [
      Transform(toE164),
      IsString(),
      Matches(E164_PATTERN, { message: `${field} must be a valid phone number (E.164, or a Cameroonian or Egyptian national form)` }),
    ]),
  ]);
}

/** An amount of money in minor units, from `min` (default 1) up to MAX_MONEY_AMOUNT or a lower ceiling. */
export function IsMoneyAmount(o: FieldOptions & { min?: number; max?: number } = {}): PropertyDecorator {
  const min = o.min ?? 1;
  const max = o.max ?? MAX_MONEY_AMOUNT;
  const doc = { minimum: min, maximum: max, description: o.description ?? 'minor units of the currency (XAF: francs)' };
  return all([o.optional ? ApiPropertyOptional(doc) : ApiProperty(doc), ...optionalIf(o.optional, [IsInt(), Min(min), Max(max)])]);
}

/** A coupon code: 1 to 64 characters, matched case-insensitively. */
export function IsCouponCode(o: FieldOptions = {}): PropertyDecorator {
  const doc = { example: 'WELCOME10', description: o.description ?? 'case-insensitive' };
  return all([o.optional ? ApiPropertyOptional(doc) : ApiProperty(doc), ...optionalIf(o.optional, [IsString(), Length(1, 64)])]);
}

/** The id of an aggregate: a UUID. */
export function IsEntityId(o: FieldOptions = {}): PropertyDecorator {
  const doc = { format: 'uuid', ...(o.description ? { description: o.description } : {}) };
  return all([o.optional ? ApiPropertyOptional(doc) : ApiProperty(doc), ...optionalIf(o.optional, [IsUUID()])]);
}
