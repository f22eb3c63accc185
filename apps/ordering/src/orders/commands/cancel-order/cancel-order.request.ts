import { IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { CancelGuestOrderData, CancelOrderData } from '@platter/contracts';

export class CancelOrderRequest implements CancelOrderData {
  @IsUUID() id: string;
  @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class CancelGuestOrderRequest extends CancelOrderRequest implements CancelGuestOrderData {
  @IsString() @Length(1, 128) token: string;
}
