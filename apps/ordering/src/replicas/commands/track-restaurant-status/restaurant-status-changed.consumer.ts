import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { RestaurantStatusChanged } from '@platter/contracts';
import { RabbitContext } from '@platter/messaging';
import { TrackRestaurantStatusService } from './track-restaurant-status.service';

@Controller()
export class RestaurantStatusChangedConsumer {
  constructor(private readonly trackStatus: TrackRestaurantStatusService) {}

  // <string>: Nest's typed overload would demand `unknown` for the context parameter.
  @EventPattern<string>('restaurant.status-changed')
  async handle(@Payload() event: RestaurantStatusChanged, @Ctx() ctx: RabbitContext): Promise<void> {
    await this.trackStatus.apply(event, new Date(ctx.getEnvelope().occurred_at));
  }
}
