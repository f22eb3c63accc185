import { ValidationPipe } from '@nestjs/common';
import { PageRequest, PlaceOrderRequest, PlatterError, RegisterRequest } from '@platter/contracts';
import { createValidationPipe } from './validation-pipe';

async function rejectionOf(pipe: ValidationPipe, value: unknown, metatype: new () => object, type: 'body' | 'query' = 'body'): Promise<PlatterError> {
  try {
    await pipe.transform(value, { type, metatype });
  } catch (err) {
    return err as PlatterError;
  }
  throw new Error('expected a validation failure');
}

const validOrder = {
  restaurant_id: '6f1c1f43-1d8e-4d55-9d7e-0d6f3b1c2a10',
  items: [{ menu_item_id: '2b0c7a4e-3f1d-4e8a-9c5b-7d6e5f4a3b21', quantity: 2 }],
  delivery_type: 'delivery',
  delivery_address: { address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 },
  payment_method: 'cash',
};

describe('the validation pipe', () => {
  const pipe = createValidationPipe();

  it('answers VALIDATION_ERROR with one detail per bad field', async () => {
    const err = await rejectionOf(pipe, { email: 'not-an-email', password: 'short' }, RegisterRequest);
    expect(err).toMatchObject({ code: 'VALIDATION_ERROR', status: 400 });
    expect(err.details).toEqual([
      { field: 'email', message: 'email must be an email' },
      { field: 'password', message: 'password must be longer than or equal to 10 characters' },
      { field: 'name', message: 'name must be a string' },
    ]);
  });

  it('names nested fields with dots', async () => {
    const err = await rejectionOf(
      pipe,
      { ...validOrder, items: [{ menu_item_id: 'x', quantity: 100 }], delivery_address: { address: 'Akwa', latitude: 91, longitude: 9.7 } },
      PlaceOrderRequest,
    );
    expect(err.details).toEqual(
      expect.arrayContaining([
        { field: 'items.0.menu_item_id', message: 'menu_item_id must be a UUID' },
        { field: 'items.0.quantity', message: 'quantity must not be greater than 99' },
        { field: 'delivery_address.latitude', message: 'latitude must not be greater than 90' },
      ]),
    );
  });

  it('refuses fields the DTO does not declare', async () => {
    const err = await rejectionOf(pipe, { ...validOrder, total_amount: 1 }, PlaceOrderRequest);
    expect(err.details).toEqual([{ field: 'total_amount', message: 'property total_amount should not exist' }]);
  });

  it('bounds lists: 1 to 50 items, limit at most 100', async () => {
    expect((await rejectionOf(pipe, { ...validOrder, items: [] }, PlaceOrderRequest)).details).toEqual([
      { field: 'items', message: 'items must contain at least 1 elements' },
    ]);
    expect((await rejectionOf(pipe, { limit: '101' }, PageRequest, 'query')).details).toEqual([
      { field: 'limit', message: 'limit must not be greater than 100' },
    ]);
  });

  it('turns a valid body into its DTO and query strings into numbers with defaults', async () => {
    await expect(pipe.transform(validOrder, { type: 'body', metatype: PlaceOrderRequest })).resolves.toBeInstanceOf(PlaceOrderRequest);
    await expect(pipe.transform({ page: '3' }, { type: 'query', metatype: PageRequest })).resolves.toEqual({ page: 3, limit: 20 });
  });
});
