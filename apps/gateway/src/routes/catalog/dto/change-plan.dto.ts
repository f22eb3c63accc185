import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { RestaurantView } from '@platter/contracts';

export class ChangePlanDto {
  @ApiProperty({ enum: ['basic', 'premium', 'enterprise'] })
  @IsIn(['basic', 'premium', 'enterprise'])
  plan: RestaurantView['subscription_plan'];
}
