import { Injectable } from '@nestjs/common';
import { DriverProfileView } from '@platter/contracts';
import { DeliveryRepository } from '../deliveries/delivery.repository';
import { DriverDocumentRepository } from './documents/driver-document.repository';
import { Driver } from './driver.entity';
import { toDriverDocumentView, toDriverProfileView } from './driver.view';

/** GET and PUT /driver/profile: the profile with its documents and the deliveries the driver holds. */
@Injectable()
export class DriverProfiles {
  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly documents: DriverDocumentRepository,
  ) {}

  async full(driver: Driver): Promise<DriverProfileView> {
    const [active, documents] = await Promise.all([this.deliveries.countHeldBy(driver.id), this.documents.inUploadOrder(driver.id)]);
    return { ...toDriverProfileView(driver, active), documents: documents.map(toDriverDocumentView) };
  }
}
