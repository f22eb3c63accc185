import { ErrorDetail, UpdateDriverProfileData, ValidationFailedError, normalizePhone } from '@platter/contracts';
import type { Driver } from '../driver.entity';

/**
 * What PUT /driver/profile changes: the vehicle always (a plate is required for anything with an
 * engine; a bicycle has none), the licence number, name and phone when given (null clears the
 * licence number or the phone). Plates and licence numbers are kept upper-case without spaces;
 * phones in E.164. Invalid fields are VALIDATION_ERROR, each named.
 */
export function profileChanges(data: UpdateDriverProfileData): Partial<Driver> {
  const errors: ErrorDetail[] = [];
  const compact = (value: string) => value.replace(/\s+/g, '').toUpperCase();
  const plate = typeof data.vehicle_plate === 'string' && data.vehicle_plate.trim() ? compact(data.vehicle_plate) : null;
  if (!plate && data.vehicle_type !== 'bicycle') errors.push({ field: 'vehicle_plate', message: `a ${data.vehicle_type} needs its plate number` });
  const changes: Partial<Driver> = { vehicle_type: data.vehicle_type, vehicle_plate: plate };
  if (data.license_number !== undefined) changes.license_number = data.license_number?.trim() ? compact(data.license_number) : null;
  if (data.name !== undefined) {
    if (!data.name.trim()) errors.push({ field: 'name', message: 'name must not be blank' });
    changes.name = data.name.trim();
  }
  if (data.phone !== undefined) {
    const phone = data.phone?.trim() ? normalizePhone(data.phone.trim()) : null;
    if (data.phone?.trim() && !phone) errors.push({ field: 'phone', message: 'phone must be a valid phone number (E.164, or a Cameroonian or Egyptian national number)' });
    changes.phone = phone;
  }
  if (errors.length) throw new ValidationFailedError(errors);
  return changes;
}

/** Only a driver with a vehicle on file can be approved (an admin reviews the rest on the documents). */
export function missingForApproval(driver: Pick<Driver, 'vehicle_type' | 'vehicle_plate'>): string | null {
  if (!driver.vehicle_type) return 'the driver has not given their vehicle yet (PUT /driver/profile)';
  if (driver.vehicle_type !== 'bicycle' && !driver.vehicle_plate) return "the driver's vehicle has no plate number";
  return null;
}
