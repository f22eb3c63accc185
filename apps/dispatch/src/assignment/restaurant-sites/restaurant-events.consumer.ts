import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { RestaurantApproved, RestaurantConfigChanged, RestaurantUpdated } from '@platter/contracts';
import { RestaurantSitesService } from './restaurant-sites.service';

/** catalog's restaurant.approved / restaurant.updated and kitchen's restaurant.config-changed → restaurant_sites. */
@Controller()
export class RestaurantEventsConsumer {
  constructor(private readonly sites: RestaurantSitesService) {}

  @EventPattern('restaurant.approved')
  async approved(@Payload() e: RestaurantApproved): Promise<void> {
    await this.sites.approved(e);
  }

  @EventPattern('restaurant.updated')
  async updated(@Payload() e: RestaurantUpdated): Promise<void> {
    await this.sites.updated(e);
  }

  @EventPattern('restaurant.config-changed')
  async configChanged(@Payload() e: RestaurantConfigChanged): Promise<void> {
    await this.sites.configChanged(e);
  }
}
