import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { OrderTransitionData } from '@platter/contracts';

export class RejectOrderRequest implements OrderTransitionData {
  @IsUUID() id: string;
  @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}
