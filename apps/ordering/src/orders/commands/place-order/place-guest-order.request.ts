import { Transform, Type } from 'class-transformer';
import { IsDefined, IsEmail, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { GuestContactData, PlaceGuestOrderData, normalizePhone } from '@platter/contracts';
import { PlaceOrderRequest } from './place-order.request';

export class GuestContactRequest implements GuestContactData {
  @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  /** Stored in E.164 like account phones (Cameroonian and Egyptian national forms understood). */
  @Transform(({ value }) => (typeof value === 'string' ? (normalizePhone(value) ?? value) : value))
  @IsString() @Matches(/^\+[1-9]\d{7,14}$/, { message: 'phone must be a valid phone number (E.164, or a Cameroonian or Egyptian national form)' })
  phone: string;
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
