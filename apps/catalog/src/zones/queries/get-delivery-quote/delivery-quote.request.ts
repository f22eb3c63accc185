import { IsNumber, IsUUID, Max, Min } from 'class-validator';
import { DeliveryQuoteQuery } from '@platter/contracts';

export class DeliveryQuoteRequest implements DeliveryQuoteQuery {
  @IsUUID() id: string;
  @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-90) @Max(90) lat: number;
  @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-180) @Max(180) lng: number;
}
