import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class TrackGuestOrderQueryDto {
  @ApiProperty({ description: 'the tracking_token POST /guest/orders returned' })
  @IsString()
  @Length(1, 128)
  token: string;
}
