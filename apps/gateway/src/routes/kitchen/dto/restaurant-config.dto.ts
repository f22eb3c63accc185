import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Validate, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { RESTAURANT_CONFIG_KEYS, RestaurantConfigKey } from '@platter/contracts';

@ValidatorConstraint({ name: 'stringOrNumber' })
class StringOrNumber implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return (typeof value === 'string' && value.length <= 50) || (typeof value === 'number' && Number.isFinite(value));
  }

  defaultMessage(): string {
    return 'value must be a string (at most 50 characters) or a number';
  }
}

export class ConfigKeyParamDto {
  @ApiProperty({ enum: RESTAURANT_CONFIG_KEYS })
  @IsIn(RESTAURANT_CONFIG_KEYS)
  key: RestaurantConfigKey;
}

/** Admins name the restaurant; its team's token already does. */
export class ConfigRestaurantQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Admins only: whose settings' })
  @IsOptional()
  @IsUUID()
  restaurant_id?: string;
}

export class SetConfigDto {
  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'number' }],
    description: 'tax_rate: percent 0–100, at most 2 decimals ("19.25"); service_fee: minor units ≥ 0; acceptance_timeout_minutes: 1–60; preparation_minutes: 1–240',
    example: '19.25',
  })
  @Validate(StringOrNumber)
  value: string | number;
}
