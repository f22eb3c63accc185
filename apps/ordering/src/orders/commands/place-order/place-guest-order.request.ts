import { Type } from 'class-transformer';
import { IsDefined, IsEmail, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { GuestContactData, PlaceGuestOrderData } from '@platter/contracts';
import { PlaceOrderRequest } from './place-order.request';

export class GuestContactRequest implements GuestContactData {
  @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @IsString() @IsNotEmpty() @MaxLength(30) phone: string;
  @IsOptional() @IsEmail() @MaxLength(254) email?: string;
}

/**
 * The body of POST /guest/orders: a customer's order plus how to reach the guest, and the guest
 * session the gateway resolved from the guest's token, if they sent one. Idempotency-Key is a
 * customer feature (its answer is replayed, and a guest's answer holds a token shown only once).
 */
export class PlaceGuestOrderRequest extends PlaceOrderRequest implements PlaceGuestOrderData {
  @IsDefined({ message: 'guest is required: how to reach the guest about the order' })
  @ValidateNested() @Type(() => GuestContactRequest)
  guest: GuestContactRequest;

  @IsOptional() @IsUUID() guest_session_id?: string;
}
