import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Length, Max,
  MaxLength, Min, ValidateIf, ValidateNested,
} from 'class-validator';
import { DELIVERY_TYPES, DeliveryType, PAYMENT_METHODS, PaymentMethod, PlaceOrderData } from '@platter/contracts';

export class OrderLineRequest {
  @IsUUID() menu_item_id: string;
  @IsInt() @Min(1) @Max(99) quantity: number;
  @IsOptional() @IsString() @MaxLength(500) notes?: string;
}

export class DeliveryAddressRequest {
  @IsString() @IsNotEmpty() @MaxLength(500) address: string;
  @IsNumber() @Min(-90) @Max(90) latitude: number;
  @IsNumber() @Min(-180) @Max(180) longitude: number;
}

/** The body of POST /client/orders; prices are not part of it (they come from the menu). */
export class PlaceOrderRequest implements PlaceOrderData {
  @IsUUID() restaurant_id: string;

  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50)
  @ValidateNested({ each: true }) @Type(() => OrderLineRequest)
  items: OrderLineRequest[];

  @IsIn(DELIVERY_TYPES) delivery_type: DeliveryType;

  @ValidateIf((o: PlaceOrderRequest) => o.delivery_type === 'delivery' || o.delivery_address != null)
  @IsDefined({ message: 'delivery_address is required for a delivery order' })
  @ValidateNested() @Type(() => DeliveryAddressRequest)
  delivery_address?: DeliveryAddressRequest;

  @IsIn(PAYMENT_METHODS) payment_method: PaymentMethod;

  @IsOptional() @IsString() @Length(1, 255) idempotency_key?: string;
}
