import { In } from 'typeorm';
import { DriverProfileView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { ACTIVE_DELIVERY_STATUSES } from '../deliveries/domain/delivery-rules';
import { Delivery } from '../deliveries/delivery.entity';
import { DriverDocument } from './documents/driver-document.entity';
import { Driver } from './driver.entity';
import { toDriverDocumentView, toDriverProfileView } from './driver.view';

/** Opens the profile of a driver whose user.registered has not reached dispatch yet (the token proves the role). */
export async function openDriverOnDemand(tx: TransactionHost, driverId: string): Promise<void> {
  await tx.repository(Driver).query(`INSERT INTO drivers (id, status) VALUES ($1, 'pending') ON CONFLICT (id) DO NOTHING`, [driverId]);
}

export async function activeDeliveryCount(tx: TransactionHost, driverId: string): Promise<number> {
  return tx.repository(Delivery).countBy({ driver_id: driverId, status: In([...ACTIVE_DELIVERY_STATUSES]) });
}

export async function driverDocuments(tx: TransactionHost, driverId: string): Promise<DriverDocument[]> {
  return tx.repository(DriverDocument).find({ where: { driver_id: driverId }, order: { created_at: 'ASC', id: 'ASC' } });
}

/** GET and PUT /driver/profile: the profile with its documents. */
export async function fullDriverProfile(tx: TransactionHost, driver: Driver): Promise<DriverProfileView> {
  const [active, documents] = await Promise.all([activeDeliveryCount(tx, driver.id), driverDocuments(tx, driver.id)]);
  return { ...toDriverProfileView(driver, active), documents: documents.map(toDriverDocumentView) };
}
