import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { AdminDeliveriesData, AssignDeliveryData, NearbyDriversData, RestaurantDeliveriesData } from '../../rpc/assignment';
import { DELIVERY_LIFECYCLE, DeliveryStatus } from '../../rpc/dispatch';
import { PageRequest, QueryBoolean } from '../common';
import { IsEntityId } from '../field-rules';

/** `POST /restaurant/deliveries/:orderId/assign`, `POST /admin/deliveries/:orderId/assign`. */
export class AssignDeliveryBody {
  @IsEntityId({ description: 'An online, approved driver (GET /restaurant/drivers/nearby)' })
  driver_id: string;
}

/** The driver with the order's id from the path, as dispatch receives it. */
export class AssignDeliveryRequest extends AssignDeliveryBody implements AssignDeliveryData {
  @IsEntityId({ description: "The order's id" })
  order_id: string;
}

/** `GET /restaurant/deliveries`. */
export class RestaurantDeliveriesRequest extends PageRequest implements RestaurantDeliveriesData {
  @IsEntityId({ optional: true, description: 'Admins only: the restaurant (others see the one their token acts for)' })
  restaurant_id?: string;
}

/** `GET /admin/deliveries`. */
export class AdminDeliveriesRequest extends PageRequest implements AdminDeliveriesData {
  @ApiPropertyOptional({ enum: DELIVERY_LIFECYCLE })
  @IsOptional()
  @IsIn(DELIVERY_LIFECYCLE)
  status?: DeliveryStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  restaurant_id?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  driver_id?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  order_id?: string;

  @ApiPropertyOptional({ description: 'true: only deliveries nobody took in time (flagged); false: only the others' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  flagged?: boolean;

  @ApiPropertyOptional({ description: 'true: only deliveries not yet delivered or cancelled; false: only finished ones' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  active?: boolean;
}

/** `GET /restaurant/drivers/nearby`. */
export class NearbyDriversRequest implements NearbyDriversData {
  @ApiPropertyOptional({ minimum: 0.1, maximum: 50, default: 5, description: 'km around the restaurant' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(50)
  radius_km?: number;

  @IsEntityId({ optional: true, description: 'Admins only: the restaurant' })
  restaurant_id?: string;
}
