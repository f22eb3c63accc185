import { io, Socket } from 'socket.io-client';
import { api, eventually } from './http-client';
import { E2E_ADMIN } from './test-fleet';

// Helpers for the relay's end-to-end tests: people, a restaurant, a driver approved by the
// admin, an order taken to ready, and sockets that record every event from the first packet on.

export interface Person {
  id: string;
  token: string;
  email: string;
}

export const PASSWORD = 'live-tracking-password-1';

export class LiveWorld {
  adminToken = '';

  constructor(
    private readonly gw: () => string,
    private readonly run: string,
  ) {}

  async admin(): Promise<string> {
    if (!this.adminToken) this.adminToken = (await api(this.gw(), 'POST', '/auth/login', { body: E2E_ADMIN })).body.data.tokens.access_token;
    return this.adminToken;
  }

  async register(role: 'customer' | 'restaurant_owner' | 'driver', name: string, extra: Record<string, unknown> = {}): Promise<Person> {
    const email = `${role}-${name.toLowerCase()}-${this.run}@example.cm`;
    const r = await api(this.gw(), 'POST', '/auth/register', { body: { email, password: PASSWORD, name, role, ...extra } });
    expect(r.status).toBe(201);
    return { id: r.body.data.user.id, token: r.body.data.tokens.access_token, email };
  }

  /** An approved restaurant with one item and a delivery zone over Douala; the owner's token names it. */
  async restaurant(name: string, at = { latitude: 4.04, longitude: 9.69 }): Promise<{ owner: Person; restaurantId: string; itemId: string }> {
    const gw = this.gw();
    const owner = await this.register('restaurant_owner', name);
    const restaurant = await api(gw, 'POST', '/restaurant/profile', { token: owner.token, body: { name: `${name} ${this.run}`, address: 'Bonanjo, Douala', ...at } });
    expect(restaurant.status).toBe(201);
    const restaurantId = restaurant.body.data.id as string;
    const item = await api(gw, 'POST', '/restaurant/menu/items', { token: owner.token, body: { name: 'Poisson braisé', price: 12_500 } });
    expect(item.status).toBe(201);
    const zone = await api(gw, 'POST', '/restaurant/zones', {
      token: owner.token,
      body: { name: 'Douala', polygon: [[9.6, 3.95], [9.8, 3.95], [9.8, 4.15], [9.6, 4.15]], delivery_fee: 1000, estimated_minutes: 30 },
    });
    expect(zone.status).toBe(201);
    expect((await api(gw, 'POST', `/admin/restaurants/${restaurantId}/approve`, { token: await this.admin() })).status).toBe(200);
    const login = await eventually(
      () => api(gw, 'POST', '/auth/login', { body: { email: owner.email, password: PASSWORD } }),
      (r) => claimsOf(r.body.data?.tokens?.access_token).restaurant_id === restaurantId,
    );
    return { owner: { ...owner, token: login.body.data.tokens.access_token }, restaurantId, itemId: item.body.data.id };
  }

  /** A driver with a vehicle on file, approved by the admin, online. */
  async driver(name: string, phone: string): Promise<Person> {
    const gw = this.gw();
    const driver = await this.register('driver', name, { phone });
    const profile = await eventually(
      () => api(gw, 'PUT', '/driver/profile', { token: driver.token, body: { vehicle_type: 'motorbike', vehicle_plate: `LT ${phone.slice(-4)} AB` } }),
      (r) => r.status !== 404,
    );
    expect(profile.status).toBe(200);
    const approved = await api(gw, 'POST', `/admin/drivers/${driver.id}/approve`, { token: await this.admin() });
    expect(approved.status).toBe(200);
    const online = await api(gw, 'PUT', '/driver/availability', { token: driver.token, body: { online: true } });
    expect([online.status, online.body.data?.online]).toEqual([200, true]);
    return driver;
  }

  /** A cash delivery order placed by the customer, accepted and taken by the kitchen to ready. */
  async readyOrder(customer: Person, r: { owner: Person; restaurantId: string; itemId: string }, beforeReady?: (orderId: string) => Promise<void>): Promise<{ id: string; delivery_code: string }> {
    const gw = this.gw();
    const placed = await eventually(
      () =>
        api(gw, 'POST', '/client/orders', {
          token: customer.token,
          body: {
            restaurant_id: r.restaurantId,
            items: [{ menu_item_id: r.itemId, quantity: 2 }],
            delivery_type: 'delivery',
            delivery_address: { address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 },
            payment_method: 'cash',
          },
        }),
      (res) => res.status !== 422,
      20_000,
      300,
    );
    expect(placed.status).toBe(201);
    const order = placed.body.data;
    expect((await api(gw, 'PUT', `/restaurant/orders/${order.id}/accept`, { token: r.owner.token })).status).toBe(200);
    const tickets = await eventually(
      () => api(gw, 'GET', `/kitchen/tickets?order_id=${order.id}&status=open`, { token: r.owner.token }),
      (res) => res.body.data?.length === 1,
    );
    const ticketId = tickets.body.data[0].id as string;
    expect((await api(gw, 'PUT', `/kitchen/tickets/${ticketId}/start`, { token: r.owner.token })).status).toBe(200);
    await this.statusIs(customer, order.id, 'preparing');
    if (beforeReady) await beforeReady(order.id);
    expect((await api(gw, 'PUT', `/kitchen/tickets/${ticketId}/ready`, { token: r.owner.token })).status).toBe(200);
    await this.statusIs(customer, order.id, 'ready');
    return order;
  }

  async statusIs(customer: Person, orderId: string, status: string, timeoutMs = 15_000): Promise<void> {
    await eventually(() => api(this.gw(), 'GET', `/client/orders/${orderId}`, { token: customer.token }), (r) => r.body.data?.status === status, timeoutMs);
  }

  /** The driver takes the order (their offer, or from the pool). */
  async take(driver: Person, orderId: string): Promise<void> {
    const taken = await eventually(() => api(this.gw(), 'POST', `/driver/orders/${orderId}/accept`, { token: driver.token }), (r) => r.status === 200 || r.status === 403, 20_000, 300);
    expect(taken.status).toBe(200);
  }
}

export function claimsOf(token: unknown): Record<string, unknown> {
  try {
    return JSON.parse(Buffer.from(String(token).split('.')[1] ?? '', 'base64url').toString() || '{}');
  } catch {
    return {};
  }
}

/** A socket that records every event it hears, from the first packet after the handshake on. */
export interface RecordingSocket {
  socket: Socket;
  heard: Array<{ event: string; payload: any }>;
  of(event: string): any[];
}

export class RecordingSockets {
  private readonly open: Socket[] = [];

  async connect(url: string, token: string): Promise<RecordingSocket> {
    const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false });
    this.open.push(socket);
    const heard: RecordingSocket['heard'] = [];
    socket.onAny((event: string, payload: unknown) => heard.push({ event, payload }));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return { socket, heard, of: (event) => heard.filter((h) => h.event === event).map((h) => h.payload) };
  }

  closeAll(): void {
    this.open.forEach((s) => s.close());
  }
}

/** An emit with an ack, or a timeout. */
export function ask<T = any>(socket: Socket, event: string, payload?: unknown, timeoutMs = 10_000): Promise<T> {
  return payload === undefined ? socket.timeout(timeoutMs).emitWithAck(event) : socket.timeout(timeoutMs).emitWithAck(event, payload);
}

/** Waits until a recorded event matches. */
export async function heardSoon(s: RecordingSocket, event: string, match: (p: any) => boolean = () => true, timeoutMs = 15_000): Promise<any> {
  const found = await eventually(async () => s.of(event).find(match), (p) => p !== undefined, timeoutMs, 50).catch(() => undefined);
  if (found === undefined) throw new Error(`no matching ${event} within ${timeoutMs} ms; heard: ${JSON.stringify(s.heard.map((h) => h.event))}`);
  return found;
}
