import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class RejectOrderDto {
  @ApiProperty({ example: 'Kitchen closed early' })
  @IsString()
  @Length(1, 500)
  reason: string;
}
