import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DriverStatusChanged } from '@platter/contracts';
import { DriverAvailabilityService } from './driver-availability.service';

@Controller()
export class DriverStatusChangedConsumer {
  constructor(private readonly availability: DriverAvailabilityService) {}

  @EventPattern('driver.status-changed')
  async handle(@Payload() e: DriverStatusChanged): Promise<void> {
    await this.availability.driverChanged(e.driver_id);
  }
}
