import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** The `:orderId` of PATCH /orders/:orderId/status (the staff routes name it so); edge-only, ordering receives it as `id`. */
export class StaffOrderIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  orderId: string;
}
