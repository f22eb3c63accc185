import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Item86ed } from '@platter/contracts';
import { envelopeOf } from '@platter/messaging';
import { SetItemAvailabilityService } from './set-item-availability.service';

/** The kitchen 86'd an item (or has it again): catalog applies it and announces the item. */
@Controller()
export class Item86edConsumer {
  constructor(private readonly setItemAvailability: SetItemAvailabilityService) {}

  @EventPattern('item.86ed')
  async handle(@Payload() event: Item86ed, @Ctx() ctx: unknown): Promise<void> {
    // When the kitchen decided, so an older 86 that arrives late does not undo a newer one.
    await this.setItemAvailability.applyFromKitchen(event, new Date(envelopeOf(ctx).occurred_at));
  }
}
