import { NotFoundError } from '@platter/contracts';
import { Driver } from './driver.entity';
import { DriverRepository } from './driver.repository';
import { mayGoOnline } from './domain/driver-standing';

/** The driver's profile, locked for the caller's transaction; 404 when identity's user.registered has not reached dispatch. */
export async function lockDriver(drivers: DriverRepository, driverId: string): Promise<Driver> {
  const driver = await drivers.lock(driverId);
  if (!driver) throw new NotFoundError('Driver profile');
  return driver;
}

/** Whether the driver may be offered and take work: online and approved (a suspension also takes them offline). */
export function canWork(driver: Driver): boolean {
  return driver.online && mayGoOnline(driver.status);
}
