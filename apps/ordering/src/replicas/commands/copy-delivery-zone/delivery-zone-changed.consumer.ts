import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { DeliveryZoneChanged } from '@platter/contracts';
import { RabbitContext } from '@platter/messaging';
import { CopyDeliveryZoneService } from './copy-delivery-zone.service';

@Controller()
export class DeliveryZoneChangedConsumer {
  constructor(private readonly copyDeliveryZone: CopyDeliveryZoneService) {}

  // <string>: Nest's typed overload would demand `unknown` for the context parameter.
  @EventPattern<string>('delivery-zone.changed')
  async handle(@Payload() event: DeliveryZoneChanged, @Ctx() ctx: RabbitContext): Promise<void> {
    await this.copyDeliveryZone.apply(event, new Date(ctx.getEnvelope().occurred_at));
  }
}
