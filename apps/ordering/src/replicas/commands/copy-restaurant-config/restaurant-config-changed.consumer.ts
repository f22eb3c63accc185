import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { RestaurantConfigChanged } from '@platter/contracts';
import { RabbitContext } from '@platter/messaging';
import { CopyRestaurantConfigService } from './copy-restaurant-config.service';

@Controller()
export class RestaurantConfigChangedConsumer {
  constructor(private readonly copyConfig: CopyRestaurantConfigService) {}

  // <string>: Nest's typed overload would demand `unknown` for the context parameter.
  @EventPattern<string>('restaurant.config-changed')
  async handle(@Payload() event: RestaurantConfigChanged, @Ctx() ctx: RabbitContext): Promise<void> {
    await this.copyConfig.apply(event, new Date(ctx.getEnvelope().occurred_at));
  }
}
