import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class LogoutDto {
  @ApiPropertyOptional({ description: "ends that token's session; without it, the access token's session ends" })
  @IsOptional()
  @IsString()
  @Length(1, 512)
  refresh_token?: string;
}
