import { SignJWT, UnsecuredJWT, decodeJwt, decodeProtectedHeader, generateKeyPair } from 'jose';
import { Socket } from 'socket.io-client';
import { EventTap } from './support/event-tap';
import { api, eventually } from './support/http-client';
import { SocketClients, nextEvent } from './support/socket-clients';
import { E2E_ADMIN, useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);
const namespace = `e2eacl${run}`;
const password = 'tenancy-password-1';

/**
 * An attack matrix through the gateway: forged, unsigned and tampered tokens, a
 * reused refresh token, and every route family reached for by the wrong user or restaurant.
 * (Brute force against the lockout: account-lockout.e2e-spec.ts; expired tokens:
 * security-hardening.e2e-spec.ts, whose fleet issues short-lived tokens.)
 */
describe('access control through the gateway', () => {
  const e2e = useTestFleet({ namespace, database: 'platter_e2e_acl', gatewayPort: 6200, env: { RATE_LIMITS_ENABLED: 'false' } });
  let gw: string;
  let tap: EventTap;
  const sockets = new SocketClients();

  // Two restaurants with their owners, two customers, and an order at each restaurant.
  let admin: string;
  const ownerA = { token: '', refresh: '', id: '' };
  const ownerB = { token: '', refresh: '', id: '' };
  let restaurantA: string;
  let restaurantB: string;
  let itemA: string;
  const customer1 = { token: '', id: '' };
  const customer2 = { token: '', id: '' };
  let orderAtA: string;
  let orderAtB: string;

  const register = async (who: string, role = 'customer') => {
    const res = await api(gw, 'POST', '/auth/register', { body: { email: `${who}-${run}@example.cm`, password, name: who, role } });
    expect(res.status).toBe(201);
    return { token: res.body.data.tokens.access_token as string, refresh: res.body.data.tokens.refresh_token as string, id: res.body.data.user.id as string };
  };

  const login = async (email: string) => {
    const res = await api(gw, 'POST', '/auth/login', { body: { email, password } });
    expect(res.status).toBe(200);
    return { token: res.body.data.tokens.access_token as string, refresh: res.body.data.tokens.refresh_token as string };
  };

  /** Refreshes until the token names a restaurant: the owner's membership arrives by event after approval. */
  const refreshIntoRestaurant = async (who: { token: string; refresh: string }, restaurantId?: string) => {
    await eventually(
      async () => {
        const res = await api(gw, 'POST', '/auth/refresh', { body: { refresh_token: who.refresh, ...(restaurantId ? { restaurant_id: restaurantId } : {}) } });
        if (res.status === 200) {
          who.token = res.body.data.tokens.access_token;
          who.refresh = res.body.data.tokens.refresh_token;
        }
        return res;
      },
      (res) => res.status === 200 && decodeJwt(who.token).restaurant_id !== undefined,
    );
    return decodeJwt(who.token);
  };

  const openRestaurant = async (owner: { token: string }, name: string) => {
    const created = await api(gw, 'POST', '/restaurant/profile', { token: owner.token, body: { name: `${name} ${run}`, address: 'Akwa, Douala' } });
    expect(created.status).toBe(201);
    const item = await api(gw, 'POST', '/restaurant/menu/items', { token: owner.token, body: { name: `${name} special`, price: 3000 } });
    expect(item.status).toBe(201);
    const approved = await api(gw, 'POST', `/admin/restaurants/${created.body.data.id}/approve`, { token: admin });
    expect(approved.status).toBe(200);
    return { restaurantId: created.body.data.id as string, itemId: item.body.data.id as string };
  };

  const placeOrder = async (customer: { token: string }, restaurantId: string, itemId: string) => {
    const body = { restaurant_id: restaurantId, items: [{ menu_item_id: itemId, quantity: 1 }], delivery_type: 'pickup', payment_method: 'cash' };
    const placed = await eventually(
      () => api(gw, 'POST', '/client/orders', { token: customer.token, body }),
      (r) => r.status !== 422,
    );
    expect(placed.status).toBe(201);
    return placed.body.data.id as string;
  };

  /** A staff account made by the owner, whose holder sets a password through the reset flow. */
  const hireAndSignIn = async (employer: { token: string }, who: string, membershipRole: 'manager' | 'staff') => {
    const email = `${who}-${run}@example.cm`;
    const added = await api(gw, 'POST', '/restaurant/staff', { token: employer.token, body: { email, name: who, membership_role: membershipRole } });
    expect(added.status).toBe(201);
    expect(added.body.data).toMatchObject({ email, membership_role: membershipRole });
    expect((await api(gw, 'POST', '/auth/forgot-password', { body: { email } })).status).toBe(200);
    const { token } = await tap.next<{ email: string; token: string }>('user.password-reset-requested', (p) => p.email === email);
    expect((await api(gw, 'POST', '/auth/reset-password', { body: { token, password } })).status).toBe(200);
    const session = await login(email);
    expect(decodeJwt(session.token)).toMatchObject({ role: 'restaurant_staff', restaurant_role: membershipRole });
    return { ...session, membershipId: added.body.data.id as string, userId: added.body.data.user_id as string };
  };

  const connect = (token: string): Promise<Socket> => sockets.connect(gw, token);

  beforeAll(async () => {
    gw = e2e.gateway();
    tap = await EventTap.open(namespace, ['user.password-reset-requested']);
    const adminLogin = await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN });
    expect(adminLogin.status).toBe(200);
    admin = adminLogin.body.data.tokens.access_token;
  }, 30_000);

  afterAll(async () => {
    sockets.closeAll();
    await tap?.close();
  });

  it('sets the scene: two approved restaurants, their owners acting for them, an order at each', async () => {
    Object.assign(ownerA, await register('owner-a', 'restaurant_owner'));
    Object.assign(ownerB, await register('owner-b', 'restaurant_owner'));
    ({ restaurantId: restaurantA, itemId: itemA } = await openRestaurant(ownerA, 'Chez A'));
    let itemB: string;
    ({ restaurantId: restaurantB, itemId: itemB } = await openRestaurant(ownerB, 'Chez B'));
    expect(await refreshIntoRestaurant(ownerA)).toMatchObject({ restaurant_id: restaurantA, restaurant_role: 'owner' });
    expect(await refreshIntoRestaurant(ownerB)).toMatchObject({ restaurant_id: restaurantB, restaurant_role: 'owner' });
    Object.assign(customer1, await register('customer-1'));
    Object.assign(customer2, await register('customer-2'));
    orderAtA = await placeOrder(customer1, restaurantA, itemA);
    orderAtB = await placeOrder(customer2, restaurantB, itemB);
  });

  describe('tokens', () => {
    const meWith = (token: string) => api(gw, 'GET', '/users/me', { token });

    it('refuses a token signed with another key, even under our key id', async () => {
      const { privateKey } = await generateKeyPair('ES256');
      const real = decodeProtectedHeader(customer1.token);
      const claims = decodeJwt(customer1.token);
      for (const kid of [real.kid!, 'attacker-key']) {
        const forged = await new SignJWT({ ...claims, role: 'admin' }).setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' }).sign(privateKey);
        const res = await meWith(forged);
        expect([res.status, res.body.error?.code]).toEqual([401, 'INVALID_TOKEN']);
      }
    });

    it('refuses an unsigned (alg none) token and an HMAC token keyed with our public key', async () => {
      const claims = decodeJwt(customer1.token);
      const unsigned = new UnsecuredJWT({ ...claims, role: 'admin' }).encode();
      expect((await meWith(unsigned)).status).toBe(401);
      const jwks = (await (await fetch(`${gw}/.well-known/jwks.json`)).json()) as { keys: unknown[] };
      const confused = await new SignJWT({ ...claims, role: 'admin' })
        .setProtectedHeader({ alg: 'HS256', kid: decodeProtectedHeader(customer1.token).kid })
        .sign(new TextEncoder().encode(JSON.stringify(jwks.keys[0])));
      expect((await meWith(confused)).status).toBe(401);
    });

    it('refuses a tampered payload under a genuine signature', async () => {
      const [header, payload, signature] = customer1.token.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      for (const change of [{ role: 'admin' }, { sub: customer2.id }, { restaurant_id: restaurantA, restaurant_role: 'owner' }]) {
        const tampered = [header, Buffer.from(JSON.stringify({ ...claims, ...change })).toString('base64url'), signature].join('.');
        const res = await api(gw, 'GET', '/client/orders', { token: tampered });
        expect([res.status, res.body.error?.code]).toEqual([401, 'INVALID_TOKEN']);
      }
      expect((await meWith(customer1.token)).status).toBe(200);
    });

    it('revokes the whole family when a refresh token is used twice', async () => {
      const session = await login(`customer-2-${run}@example.cm`);
      const first = await api(gw, 'POST', '/auth/refresh', { body: { refresh_token: session.refresh } });
      expect(first.status).toBe(200);
      const replayed = await api(gw, 'POST', '/auth/refresh', { body: { refresh_token: session.refresh } });
      expect([replayed.status, replayed.body.error?.code]).toEqual([401, 'INVALID_TOKEN']);
      // The thief's replay also ends the legitimate holder's newer token.
      const successor = await api(gw, 'POST', '/auth/refresh', { body: { refresh_token: first.body.data.tokens.refresh_token } });
      expect(successor.status).toBe(401);
    });

    it('refuses a socket with a forged token', async () => {
      const { privateKey } = await generateKeyPair('ES256');
      const forged = await new SignJWT({ ...decodeJwt(customer1.token) }).setProtectedHeader({ alg: 'ES256', kid: decodeProtectedHeader(customer1.token).kid }).sign(privateKey);
      await expect(connect(forged)).rejects.toThrow();
    });
  });

  describe('one user reaching for another’s records', () => {
    it('orders: a customer never reads or lists another customer’s order', async () => {
      const foreign = await api(gw, 'GET', `/client/orders/${orderAtA}`, { token: customer2.token });
      expect(foreign.status).toBe(404);
      const mine = await api(gw, 'GET', '/client/orders', { token: customer2.token });
      expect(mine.body.data.map((o: { id: string }) => o.id)).toEqual([orderAtB]);
      expect((await api(gw, 'GET', `/client/orders/${orderAtA}`, { token: customer1.token })).status).toBe(200);
    });

    it('restaurant orders and kitchen tickets: owner B never touches restaurant A', async () => {
      const move = await api(gw, 'PUT', `/restaurant/orders/${orderAtA}/accept`, { token: ownerB.token });
      expect([move.status, move.body.error?.code]).toEqual([403, 'FORBIDDEN']);
      const byCustomer = await api(gw, 'PUT', `/restaurant/orders/${orderAtA}/accept`, { token: customer1.token });
      expect(byCustomer.status).toBe(403);
      const ticketsA = await eventually(
        // Not accepted yet: the kitchen holds its draft (pending).
        () => api(gw, 'GET', `/kitchen/tickets?order_id=${orderAtA}&status=pending`, { token: ownerA.token }),
        (r) => r.status === 200 && r.body.data.length === 1,
      );
      expect(ticketsA.body.data[0].restaurant_id).toBe(restaurantA);
      const peek = await api(gw, 'GET', `/kitchen/tickets?restaurant_id=${restaurantA}`, { token: ownerB.token });
      expect([peek.status, peek.body.data]).toEqual([200, []]);
      expect((await api(gw, 'GET', '/kitchen/tickets', { token: customer1.token })).status).toBe(403);
    });

    it('admin routes: no other role gets in', async () => {
      const attempts: Array<[string, string]> = [
        ['GET', '/admin/users'],
        ['GET', `/admin/users/${customer1.id}`],
        ['PUT', `/admin/users/${customer1.id}/status`],
        ['DELETE', `/admin/users/${customer1.id}`],
        ['GET', '/admin/audit-log'],
        ['POST', `/admin/restaurants/${restaurantA}/approve`],
        ['GET', '/admin/dead-letters/ordering'],
        ['POST', '/admin/signing-keys/rotate'],
      ];
      for (const token of [customer1.token, ownerA.token]) {
        for (const [method, path] of attempts) {
          const res = await api(gw, method, path, { token, ...(method === 'PUT' ? { body: { status: 'banned' } } : {}) });
          expect({ method, path, status: res.status }).toEqual({ method, path, status: 403 });
        }
      }
    });
  });

  describe('restaurant teams', () => {
    let managerA: Awaited<ReturnType<typeof hireAndSignIn>>;
    let cookA: Awaited<ReturnType<typeof hireAndSignIn>>;
    let cookB: Awaited<ReturnType<typeof hireAndSignIn>>;

    it('hires a manager and a cook at A, a cook at B; each token acts for its own restaurant', async () => {
      managerA = await hireAndSignIn(ownerA, 'manager-a', 'manager');
      cookA = await hireAndSignIn(managerA, 'cook-a', 'staff');
      cookB = await hireAndSignIn(ownerB, 'cook-b', 'staff');
      expect(decodeJwt(cookA.token).restaurant_id).toBe(restaurantA);
      expect(decodeJwt(cookB.token).restaurant_id).toBe(restaurantB);
      const team = await api(gw, 'GET', '/restaurant/staff', { token: cookA.token });
      expect(team.body.data.map((m: { membership_role: string }) => m.membership_role)).toEqual(['owner', 'manager', 'staff']);
      const teamB = await api(gw, 'GET', '/restaurant/staff', { token: ownerB.token });
      expect(teamB.body.data.map((m: { email: string }) => m.email)).toEqual([`owner-b-${run}@example.cm`, `cook-b-${run}@example.cm`]);
    });

    it('staff work their own restaurant’s orders and tickets, never the other’s', async () => {
      const accepted = await api(gw, 'PUT', `/restaurant/orders/${orderAtA}/accept`, { token: cookA.token });
      expect([accepted.status, accepted.body.data?.status]).toEqual([200, 'accepted']);
      const foreign = await api(gw, 'PUT', `/restaurant/orders/${orderAtA}/preparing`, { token: cookB.token });
      expect([foreign.status, foreign.body.error?.code]).toEqual([403, 'FORBIDDEN']);
      const ticketsOfB = await api(gw, 'GET', `/kitchen/tickets?order_id=${orderAtA}`, { token: cookB.token });
      expect(ticketsOfB.body.data).toEqual([]);
      // Accepted, the ticket opens on the line (as soon as kitchen hears of it).
      const ticketsOfA = await eventually(() => api(gw, 'GET', `/kitchen/tickets?order_id=${orderAtA}`, { token: cookA.token }), (r) => r.body.data?.length === 1);
      expect(ticketsOfA.body.data[0].status).toBe('open');
      const profile = await api(gw, 'GET', '/restaurant/profile', { token: cookA.token });
      expect(profile.body.data.id).toBe(restaurantA);
    });

    it('hears new orders of its own restaurant only, in real time', async () => {
      const [cookASocket, cookBSocket] = await Promise.all([connect(cookA.token), connect(cookB.token)]);
      const heardByB: unknown[] = [];
      cookBSocket.on('new_order', (p) => heardByB.push(p));
      const heard = nextEvent<{ orderId: string }>(cookASocket, 'new_order');
      const another = await placeOrder(customer1, restaurantA, itemA);
      await expect(heard).resolves.toMatchObject({ orderId: another });
      await new Promise((r) => setTimeout(r, 300));
      expect(heardByB).toEqual([]);
    });

    it('menu changes need a manager; team changes follow the owner → manager → staff ladder', async () => {
      const byCook = await api(gw, 'POST', '/restaurant/menu/items', { token: cookA.token, body: { name: 'Cook special', price: 1000 } });
      expect(byCook.status).toBe(403);
      const byManager = await api(gw, 'POST', '/restaurant/menu/items', { token: managerA.token, body: { name: 'Manager special', price: 1500 } });
      expect(byManager.status).toBe(201);
      expect(byManager.body.data.restaurant_id).toBe(restaurantA);
      const promote = await api(gw, 'PUT', `/restaurant/staff/${cookA.membershipId}`, { token: managerA.token, body: { membership_role: 'manager' } });
      expect(promote.status).toBe(403);
      const hireByCook = await api(gw, 'POST', '/restaurant/staff', { token: cookA.token, body: { email: `x-${run}@example.cm`, name: 'X', membership_role: 'staff' } });
      expect(hireByCook.status).toBe(403);
      // Owner B cannot see or fire A's people: A's membership ids do not exist for B.
      const fire = await api(gw, 'DELETE', `/restaurant/staff/${cookA.membershipId}`, { token: ownerB.token });
      expect(fire.status).toBe(404);
      const badRole = await api(gw, 'POST', '/restaurant/staff', { token: ownerA.token, body: { email: `y-${run}@example.cm`, name: 'Y', membership_role: 'owner' } });
      expect(badRole.status).toBe(400);
      const customerEmail = await api(gw, 'POST', '/restaurant/staff', { token: ownerA.token, body: { email: `customer-1-${run}@example.cm`, membership_role: 'staff' } });
      expect(customerEmail.status).toBe(409);
    });

    it('a token cannot be switched to a restaurant the user does not belong to', async () => {
      const res = await api(gw, 'POST', '/auth/refresh', { body: { refresh_token: cookA.refresh, restaurant_id: restaurantB } });
      expect([res.status, res.body.error?.code]).toEqual([403, 'FORBIDDEN']);
      const mine = await api(gw, 'GET', '/users/me/restaurants', { token: cookA.token });
      expect(mine.body.data).toEqual([{ restaurant_id: restaurantA, membership_role: 'staff' }]);
    });

    it('a fired cook’s refresh fails at once, their socket stops hearing the restaurant, and their next token acts for none', async () => {
      const [cookSocket, managerSocket] = await Promise.all([connect(cookA.token), connect(managerA.token)]);
      const fired = await api(gw, 'DELETE', `/restaurant/staff/${cookA.membershipId}`, { token: managerA.token });
      expect(fired.status).toBe(200);
      // Their access token still lives, but the removal took them out of the restaurant's room.
      await new Promise((r) => setTimeout(r, 500));
      const heardByCook: unknown[] = [];
      cookSocket.on('new_order', (p) => heardByCook.push(p));
      const heardByManager = nextEvent<{ orderId: string }>(managerSocket, 'new_order');
      const afterFiring = await placeOrder(customer1, restaurantA, itemA);
      await expect(heardByManager).resolves.toMatchObject({ orderId: afterFiring });
      await new Promise((r) => setTimeout(r, 300));
      expect(heardByCook).toEqual([]);
      const refresh = await api(gw, 'POST', '/auth/refresh', { body: { refresh_token: cookA.refresh } });
      expect(refresh.status).toBe(401);
      const again = await login(`cook-a-${run}@example.cm`);
      expect(decodeJwt(again.token).restaurant_id).toBeUndefined();
      const move = await api(gw, 'PUT', `/restaurant/orders/${orderAtA}/preparing`, { token: again.token });
      expect(move.status).toBe(403);
      const team = await api(gw, 'GET', '/restaurant/staff', { token: ownerA.token });
      expect(team.body.data.map((m: { email: string }) => m.email)).not.toContain(`cook-a-${run}@example.cm`);
    });
  });
});
