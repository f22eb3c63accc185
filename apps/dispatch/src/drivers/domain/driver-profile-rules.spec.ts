import { ValidationFailedError } from '@platter/contracts';
import { missingForApproval, profileChanges } from './driver-profile-rules';

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ValidationFailedError) return (err.details ?? []).map((d) => d.field);
    throw err;
  }
  return [];
}

describe('a driver profile', () => {
  it('keeps plates and licence numbers compact and upper-case, phones in E.164', () => {
    expect(profileChanges({ vehicle_type: 'motorbike', vehicle_plate: ' lt 1234 a ', license_number: 'cm-123 456', phone: '670 00 00 09', name: ' Paul ' })).toEqual({
      vehicle_type: 'motorbike', vehicle_plate: 'LT1234A', license_number: 'CM-123456', phone: '+237670000009', name: 'Paul',
    });
  });

  it('needs a plate for anything with an engine, not for a bicycle', () => {
    expect(fieldsOf(() => profileChanges({ vehicle_type: 'car' }))).toEqual(['vehicle_plate']);
    expect(fieldsOf(() => profileChanges({ vehicle_type: 'van', vehicle_plate: '  ' }))).toEqual(['vehicle_plate']);
    expect(profileChanges({ vehicle_type: 'bicycle' })).toEqual({ vehicle_type: 'bicycle', vehicle_plate: null });
  });

  it('leaves absent optional fields alone and clears them with null', () => {
    expect(profileChanges({ vehicle_type: 'bicycle', license_number: null, phone: null })).toEqual({ vehicle_type: 'bicycle', vehicle_plate: null, license_number: null, phone: null });
  });

  it('names every invalid field', () => {
    expect(fieldsOf(() => profileChanges({ vehicle_type: 'car', phone: '12', name: '   ' }))).toEqual(['vehicle_plate', 'name', 'phone']);
  });

  it('is approved only with a vehicle on file (and its plate, unless a bicycle)', () => {
    expect(missingForApproval({ vehicle_type: null, vehicle_plate: null })).toMatch(/has not given their vehicle/);
    expect(missingForApproval({ vehicle_type: 'car', vehicle_plate: null })).toMatch(/no plate/);
    expect(missingForApproval({ vehicle_type: 'bicycle', vehicle_plate: null })).toBeNull();
    expect(missingForApproval({ vehicle_type: 'motorbike', vehicle_plate: 'LT1234A' })).toBeNull();
  });
});
