import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { RestaurantUpdated } from '@platter/contracts';
import { RabbitContext } from '@platter/messaging';
import { TrackRestaurantProfileService } from './track-restaurant-profile.service';

@Controller()
export class RestaurantUpdatedConsumer {
  constructor(private readonly trackProfile: TrackRestaurantProfileService) {}

  // <string>: Nest's typed overload would demand `unknown` for the context parameter.
  @EventPattern<string>('restaurant.updated')
  async handle(@Payload() event: RestaurantUpdated, @Ctx() ctx: RabbitContext): Promise<void> {
    await this.trackProfile.apply(event, new Date(ctx.getEnvelope().occurred_at));
  }
}
