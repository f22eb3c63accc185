import { IsIn, IsOptional } from 'class-validator';
import { AdminRestaurantsQuery, RestaurantView } from '@platter/contracts';
import { PageRequest } from '@platter/service-kit';

export class AdminListRestaurantsRequest extends PageRequest implements AdminRestaurantsQuery {
  @IsOptional() @IsIn(['pending', 'approved', 'rejected', 'suspended']) status?: RestaurantView['status'];
}
