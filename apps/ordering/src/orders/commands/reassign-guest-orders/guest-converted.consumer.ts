import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { GuestConverted } from '@platter/contracts';
import { ReassignGuestOrdersService } from './reassign-guest-orders.service';

@Controller()
export class GuestConvertedConsumer {
  constructor(private readonly reassign: ReassignGuestOrdersService) {}

  @EventPattern('guest.converted')
  async handle(@Payload() event: GuestConverted): Promise<void> {
    await this.reassign.apply(event);
  }
}
