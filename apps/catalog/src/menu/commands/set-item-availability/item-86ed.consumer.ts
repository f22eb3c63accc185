import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Item86ed } from '@platter/contracts';
import { SetItemAvailabilityService } from './set-item-availability.service';

/** The kitchen 86'd an item (or has it again): catalog applies it and announces the item. */
@Controller()
export class Item86edConsumer {
  constructor(private readonly setItemAvailability: SetItemAvailabilityService) {}

  @EventPattern('item.86ed')
  async handle(@Payload() event: Item86ed): Promise<void> {
    await this.setItemAvailability.applyFromKitchen(event);
  }
}
