import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { RestaurantView } from '@platter/contracts';
import { PageQueryDto } from '../../common/dto/page-query.dto';

export class AdminRestaurantsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['pending', 'approved', 'rejected', 'suspended'] })
  @IsOptional()
  @IsIn(['pending', 'approved', 'rejected', 'suspended'])
  status?: RestaurantView['status'];
}
