import { IsString, IsUUID, Length } from 'class-validator';
import { TrackGuestOrderData } from '@platter/contracts';

export class TrackGuestOrderRequest implements TrackGuestOrderData {
  @IsUUID() id: string;
  @IsString() @Length(1, 128) token: string;
}
