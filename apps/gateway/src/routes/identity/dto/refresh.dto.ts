import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { RefreshData } from '@platter/contracts';

export class RefreshDto implements RefreshData {
  @ApiProperty()
  @IsString()
  @Length(1, 512)
  refresh_token: string;
}
