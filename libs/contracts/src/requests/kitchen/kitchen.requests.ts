import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, Validate, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { IdData } from '../../rpc/catalog';
import {
  KitchenItemAvailabilityData, ListTicketsData, RESTAURANT_CONFIG_KEYS, RestaurantConfigData, RestaurantConfigKey, TICKET_STATUSES, TicketForOrderData, TicketStatus,
} from '../../rpc/kitchen';
import { PageRequest } from '../common';
import { IsEntityId } from '../field-rules';

/** GET /kitchen/tickets. */
export class ListTicketsRequest extends PageRequest implements ListTicketsData {
  @IsEntityId({ optional: true, description: 'Admins: one restaurant; a restaurant team sees its own only' })
  restaurant_id?: string;

  @IsEntityId({ optional: true })
  order_id?: string;

  @ApiPropertyOptional({ enum: TICKET_STATUSES, description: 'open, in_progress, done; void: cancelled; pending: drafts of orders not accepted yet (listed only when asked for)' })
  @IsOptional()
  @IsIn(TICKET_STATUSES)
  status?: TicketStatus;
}

/** Ordering moving an order's ticket for the restaurant (PUT /restaurant/orders/:id/preparing|ready). */
export class TicketForOrderRequest implements TicketForOrderData {
  @IsEntityId()
  order_id: string;
}

/** Body of PUT /kitchen/items/:id/availability. */
export class KitchenItemAvailabilityBody implements KitchenItemAvailabilityData {
  @ApiProperty({ description: 'false 86es the item (sold out for now); true brings it back' })
  @IsBoolean()
  available: boolean;
}

/** The availability change as kitchen checks it: the body and the item's id from the path. */
export class KitchenItemAvailabilityRequest extends KitchenItemAvailabilityBody implements IdData {
  @IsEntityId()
  id: string;
}

/** `?restaurant_id=`: admins name the restaurant; its team's token already does. */
export class RestaurantConfigQuery implements Pick<RestaurantConfigData, 'restaurant_id'> {
  @IsEntityId({ optional: true, description: 'Admins only: whose settings' })
  restaurant_id?: string;
}

/** The setting's key, from the path (/config/:key). */
export class ConfigKeyParam {
  @ApiProperty({ enum: RESTAURANT_CONFIG_KEYS })
  @IsIn(RESTAURANT_CONFIG_KEYS)
  key: RestaurantConfigKey;
}

@ValidatorConstraint({ name: 'stringOrNumber' })
class StringOrNumber implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return (typeof value === 'string' && value.length <= 50) || (typeof value === 'number' && Number.isFinite(value));
  }

  defaultMessage(): string {
    return 'value must be a string (at most 50 characters) or a number';
  }
}

/** Body of PUT /config/:key; each key's own rule (range, format) is kitchen's to check. */
export class SetConfigBody {
  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'number' }],
    description: 'tax_rate: percent 0–100, at most 2 decimals ("19.25"); service_fee: minor units ≥ 0; acceptance_timeout_minutes: 1–60; preparation_minutes: 1–240',
    example: '19.25',
  })
  @Validate(StringOrNumber)
  value: string | number;
}

/** PUT /config/:key as kitchen checks it: the key, the body, the restaurant an admin names. */
export class SetConfigRequest extends SetConfigBody implements RestaurantConfigData {
  @IsIn(RESTAURANT_CONFIG_KEYS)
  key: RestaurantConfigKey;

  @IsEntityId({ optional: true })
  restaurant_id?: string;
}

/** DELETE /config/:key as kitchen checks it. */
export class ResetConfigRequest extends RestaurantConfigQuery {
  @IsIn(RESTAURANT_CONFIG_KEYS)
  key: RestaurantConfigKey;
}
