import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { DeliverOrderData } from '../../rpc/dispatch';
import { IsEntityId } from '../field-rules';

/** `PUT /driver/orders/:id/deliver`. */
export class DeliverOrderBody {
  @ApiProperty({ description: 'The code the customer gives the driver at the door', example: '4821' })
  @IsString()
  @MaxLength(32)
  delivery_code: string;
}

/** The code with the order's id from the path, as dispatch receives it. */
export class DeliverOrderRequest extends DeliverOrderBody implements DeliverOrderData {
  @IsEntityId({ description: "The order's id" })
  id: string;
}
