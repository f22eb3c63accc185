import { CreateRestaurantRequest, PlatterError, UpdateRestaurantProfileRequest } from '@platter/contracts';
import { validData } from '@platter/service-kit';

// Catalog checks a restaurant's profile with the shared request classes (validData), whose phone rule
// normalises to E.164: the services store what validData answers.
describe('restaurant requests as catalog checks them', () => {
  const application = { name: 'Chez Awa', address: 'Akwa, Douala' };

  it('stores phones in E.164 and refuses what is not a phone number', () => {
    expect(validData(CreateRestaurantRequest, { ...application, phone: '670 00 00 00' }).phone).toBe('+237670000000');
    expect(() => validData(CreateRestaurantRequest, { ...application, phone: '12' })).toThrow(PlatterError);
    expect(validData(UpdateRestaurantProfileRequest, { phone: '+33 6 12 34 56 78' }).phone).toBe('+33612345678');
    expect(() => validData(UpdateRestaurantProfileRequest, { phone: '12' })).toThrow(PlatterError);
    expect(validData(UpdateRestaurantProfileRequest, { phone: null }).phone).toBeNull();
  });
});
