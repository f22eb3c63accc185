import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { RestaurantApproved } from '@platter/contracts';
import { RabbitContext } from '@platter/messaging';
import { CopyRestaurantService } from './copy-restaurant.service';

@Controller()
export class RestaurantApprovedConsumer {
  constructor(private readonly copyRestaurant: CopyRestaurantService) {}

  // <string>: Nest's typed overload would demand `unknown` for the context parameter.
  @EventPattern<string>('restaurant.approved')
  async handle(@Payload() event: RestaurantApproved, @Ctx() ctx: RabbitContext): Promise<void> {
    await this.copyRestaurant.apply(event, new Date(ctx.getEnvelope().occurred_at));
  }
}
