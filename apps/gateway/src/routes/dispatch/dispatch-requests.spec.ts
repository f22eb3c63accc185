import { ValidationPipe } from '@nestjs/common';
import {
  AdminDeliveriesRequest,
  AdminDriversRequest,
  AssignDeliveryBody,
  AssignDeliveryRequest,
  DeliverOrderBody,
  DeliverOrderRequest,
  DriverLocationRequest,
  DriverReviewReasonBody,
  DriverReviewRequest,
  ErrorDetail,
  NearbyDriversRequest,
  PlatterError,
  UpdateDriverProfileRequest,
} from '@platter/contracts';
import { createValidationPipe, validData } from '@platter/service-kit';

async function edgeRejection(pipe: ValidationPipe, value: unknown, metatype: new () => object, type: 'body' | 'query'): Promise<PlatterError> {
  try {
    await pipe.transform(value, { type, metatype });
  } catch (err) {
    return err as PlatterError;
  }
  throw new Error('expected the gateway to refuse it');
}

function serviceRejection(cls: new () => object, data: unknown): PlatterError {
  try {
    validData(cls, data);
  } catch (err) {
    return err as PlatterError;
  }
  throw new Error('expected dispatch to refuse it');
}

const fields = (details: ErrorDetail[] | undefined) => [...new Set((details ?? []).map((d) => d.field))].sort();

/**
 * The gateway binds the dispatch request classes of libs/contracts and dispatch checks the same
 * classes, so both refuse the same input, naming the same fields (the gateway keeps one message
 * per field, dispatch all of them, the gateway's among them).
 */
describe('dispatch request shapes are shared by the gateway and dispatch', () => {
  const pipe = createValidationPipe();
  const ORDER = '6f1c1f43-1d8e-4d55-9d7e-0d6f3b1c2a10';

  const cases: Array<{ name: string; cls: new () => object; edgeCls?: new () => object; type: 'body' | 'query'; edge: object; service: object; bad: string[] }> = [
    {
      name: 'PUT /driver/profile',
      cls: UpdateDriverProfileRequest,
      type: 'body',
      edge: { vehicle_type: 'rocket', name: '', vehicle_plate: 'X'.repeat(21) },
      service: { vehicle_type: 'rocket', name: '', vehicle_plate: 'X'.repeat(21) },
      bad: ['name', 'vehicle_plate', 'vehicle_type'],
    },
    {
      name: 'PUT /driver/location',
      cls: DriverLocationRequest,
      type: 'body',
      edge: { lat: 91, lng: -181, speed: 401 },
      service: { lat: 91, lng: -181, speed: 401 },
      bad: ['lat', 'lng', 'speed'],
    },
    {
      name: 'PUT /driver/orders/:id/deliver',
      cls: DeliverOrderRequest,
      edgeCls: DeliverOrderBody,
      type: 'body',
      edge: { delivery_code: 'X'.repeat(33) },
      service: { id: ORDER, delivery_code: 'X'.repeat(33) },
      bad: ['delivery_code'],
    },
    {
      name: 'POST /admin/drivers/:id/reject',
      cls: DriverReviewRequest,
      edgeCls: DriverReviewReasonBody,
      type: 'body',
      edge: { reason: '' },
      service: { id: ORDER, reason: '' },
      bad: ['reason'],
    },
    {
      name: 'POST /restaurant/deliveries/:orderId/assign',
      cls: AssignDeliveryRequest,
      edgeCls: AssignDeliveryBody,
      type: 'body',
      edge: { driver_id: 'someone' },
      service: { order_id: ORDER, driver_id: 'someone' },
      bad: ['driver_id'],
    },
    {
      name: 'GET /admin/drivers',
      cls: AdminDriversRequest,
      type: 'query',
      edge: { status: 'retired', online: 'maybe', limit: '101' },
      service: { status: 'retired', online: 'maybe', limit: 101 },
      bad: ['limit', 'online', 'status'],
    },
    {
      name: 'GET /admin/deliveries',
      cls: AdminDeliveriesRequest,
      type: 'query',
      edge: { status: 'lost', flagged: 'yes', driver_id: 'x' },
      service: { status: 'lost', flagged: 'yes', driver_id: 'x' },
      bad: ['driver_id', 'flagged', 'status'],
    },
    {
      name: 'GET /restaurant/drivers/nearby',
      cls: NearbyDriversRequest,
      type: 'query',
      edge: { radius_km: '51', restaurant_id: 'x' },
      service: { radius_km: 51, restaurant_id: 'x' },
      bad: ['radius_km', 'restaurant_id'],
    },
  ];

  it.each(cases)('$name: the same fields are refused at the edge and in dispatch', async ({ cls, edgeCls, type, edge, service, bad }) => {
    // The body classes the gateway binds are the service's request minus the ids it takes from the path.
    const atEdge = await edgeRejection(pipe, edge, edgeCls ?? cls, type);
    const inDispatch = serviceRejection(cls, service);
    expect(atEdge).toMatchObject({ code: 'VALIDATION_ERROR', status: 400 });
    expect(inDispatch).toMatchObject({ code: 'VALIDATION_ERROR', status: 400 });
    expect(fields(atEdge.details)).toEqual(bad);
    expect(fields(inDispatch.details)).toEqual(bad);
    for (const detail of atEdge.details ?? []) expect(inDispatch.details).toContainEqual(detail);
  });

  it('a valid query string reaches dispatch as the values dispatch accepts', async () => {
    const bound = (await pipe.transform({ online: '1', page: '2', limit: '5', q: 'Eto' }, { type: 'query', metatype: AdminDriversRequest })) as AdminDriversRequest;
    expect(validData(AdminDriversRequest, { ...bound })).toEqual({ online: true, page: 2, limit: 5, q: 'Eto' });
  });
});
