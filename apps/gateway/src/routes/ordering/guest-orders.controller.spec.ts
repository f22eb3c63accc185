import { GuestSessionView, NotFoundError, PlaceGuestOrderRequest, PlatterError, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { GuestOrdersController } from './guest-orders.controller';

const GUEST_ID = '5b7e0c3a-2d1f-4c6b-8a9e-1f2e3d4c5b6a';
const TOKEN = 'A'.repeat(43);
const body = {
  restaurant_id: '2b1f6c0e-8a4d-4c3b-9f2e-5d6a7b8c9d0e',
  items: [{ menu_item_id: '7d3c1a52-5b7e-4f0e-9a51-0c3a3f1e2b11', quantity: 1 }],
  delivery_type: 'pickup',
  payment_method: 'cash',
  guest: { name: 'Awa', phone: '+237670123456' },
} as PlaceGuestOrderRequest;

function session(over: Partial<GuestSessionView> = {}): GuestSessionView {
  return { guest_id: GUEST_ID, name: null, phone: null, email: null, expires_at: '2026-12-01T00:00:00.000Z', converted_user_id: null, ...over };
}

/** A fake RpcClient: identity answers `guest`, ordering echoes what it was sent. */
function controllerWith(guest: () => Promise<GuestSessionView>) {
  const calls: Array<{ pattern: string; data: unknown }> = [];
  const rpc = {
    call: jest.fn(async (pattern: string, req: { data: unknown }) => {
      calls.push({ pattern, data: req.data });
      return pattern === RPC.identity.guestSessionGet ? guest() : { sent: req.data };
    }),
  } as unknown as RpcClient;
  return { controller: new GuestOrdersController(rpc), calls };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return (err as PlatterError).code;
  }
  return 'passed';
}

describe('GuestOrdersController', () => {
  it('places a guest order without a session when no X-Guest-Token comes, with its Idempotency-Key', async () => {
    const { controller, calls } = controllerWith(() => Promise.resolve(session()));
    await controller.place(body, 'guest-key-1', undefined, 'req-1');
    expect(calls).toEqual([{ pattern: RPC.ordering.placeForGuest, data: { ...body, idempotency_key: 'guest-key-1' } }]);
  });

  it('resolves the token to the guest id before ordering', async () => {
    const { controller, calls } = controllerWith(() => Promise.resolve(session()));
    await controller.place(body, 'guest-key-1', TOKEN, 'req-1');
    expect(calls.map((c) => c.pattern)).toEqual([RPC.identity.guestSessionGet, RPC.ordering.placeForGuest]);
    expect(calls[0].data).toEqual({ token: TOKEN });
    expect(calls[1].data).toEqual({ ...body, idempotency_key: 'guest-key-1', guest_session_id: GUEST_ID });
  });

  it('refuses a malformed, unknown or expired token as INVALID_TOKEN, without ordering', async () => {
    const malformed = controllerWith(() => Promise.resolve(session()));
    expect(await codeOf(malformed.controller.place(body, 'guest-key-1', 'short', 'req-1'))).toBe('INVALID_TOKEN');
    expect(malformed.calls).toEqual([]);
    const unknown = controllerWith(() => Promise.reject(new NotFoundError('Guest session')));
    expect(await codeOf(unknown.controller.place(body, 'guest-key-1', TOKEN, 'req-1'))).toBe('INVALID_TOKEN');
    expect(unknown.calls.map((c) => c.pattern)).toEqual([RPC.identity.guestSessionGet]);
  });

  it('refuses a session that already became an account', async () => {
    const { controller, calls } = controllerWith(() => Promise.resolve(session({ converted_user_id: '3f0c8c52-0a4e-4a8e-9d43-0b9a4b2f6a11' })));
    expect(await codeOf(controller.place(body, 'guest-key-1', TOKEN, 'req-1'))).toBe('INVALID_TOKEN');
    expect(calls.map((c) => c.pattern)).toEqual([RPC.identity.guestSessionGet]);
  });

  it('lets identity being unreachable surface as it is', async () => {
    const { controller } = controllerWith(() => Promise.reject(new PlatterError('SERVICE_UNAVAILABLE', 'identity is down')));
    expect(await codeOf(controller.place(body, 'guest-key-1', TOKEN, 'req-1'))).toBe('SERVICE_UNAVAILABLE');
  });
});
