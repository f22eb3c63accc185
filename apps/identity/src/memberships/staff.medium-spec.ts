import { randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import { DataSource } from 'typeorm';
import { Actor } from '@platter/contracts';
import { ThrowawaySchema, createThrowawaySchema, rejection } from '@platter/testing';
import { identityEntities } from '../identity.module';
import { identityMigrations } from '../migrations';
import { IdentityServices, identityServices } from '../testing/identity-services';

// Real PostgreSQL: staff memberships, the restaurant claim in tokens, and who may manage whom.
describe('restaurant staff memberships against PostgreSQL', () => {
  let db: ThrowawaySchema;
  let dataSource: DataSource;
  let s: IdentityServices;
  const password = 'correct horse battery';
  const restaurantA = randomUUID();
  const restaurantB = randomUUID();
  let ownerA: Actor;
  let ownerATokens: { refresh_token: string };
  let ownerB: Actor;

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => dataSource.query(sql, params);
  const claimsOf = (accessToken: string) => decodeJwt(accessToken) as Record<string, unknown>;

  beforeAll(async () => {
    db = await createThrowawaySchema('identity', { entities: identityEntities, migrations: identityMigrations });
    dataSource = db.dataSource;
    s = await identityServices(db);
    const a = await s.register.register({ email: 'owner-a@example.cm', password, name: 'Owner A', role: 'restaurant_owner' });
    const b = await s.register.register({ email: 'owner-b@example.cm', password, name: 'Owner B', role: 'restaurant_owner' });
    await s.grantOwnerMembership.grant({ restaurant_id: restaurantA, owner_id: a.user.id, name: 'A', currency: 'XAF' });
    await s.grantOwnerMembership.grant({ restaurant_id: restaurantB, owner_id: b.user.id, name: 'B', currency: 'XAF' });
    ownerATokens = a.tokens;
    // The token issued before approval names no restaurant; the refreshed one does.
    expect(claimsOf(a.tokens.access_token).restaurant_id).toBeUndefined();
    const refreshed = await s.refresh.refresh({ refresh_token: a.tokens.refresh_token });
    ownerATokens = refreshed.tokens;
    expect(claimsOf(refreshed.tokens.access_token)).toMatchObject({ restaurant_id: restaurantA, restaurant_role: 'owner' });
    ownerA = { user_id: a.user.id, role: 'restaurant_owner', restaurant_id: restaurantA, restaurant_role: 'owner' };
    ownerB = { user_id: b.user.id, role: 'restaurant_owner', restaurant_id: restaurantB, restaurant_role: 'owner' };
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('adds a new email as a passwordless restaurant_staff account, with its events and audit entry', async () => {
    const added = await s.addStaffMember.add(ownerA, { email: 'cook@example.cm', name: 'Cook', membership_role: 'staff' });
    expect(added).toMatchObject({ email: 'cook@example.cm', name: 'Cook', membership_role: 'staff' });
    const [account] = await query<{ role: string; password_hash: string | null }>(`SELECT role, password_hash FROM users WHERE id = $1`, [added.user_id]);
    expect(account).toEqual({ role: 'restaurant_staff', password_hash: null });
    const events = await query<{ routing_key: string; envelope: { payload: Record<string, unknown> } }>(
      `SELECT routing_key, envelope FROM outbox WHERE routing_key IN ('user.registered', 'restaurant.membership-changed') AND envelope->'payload'->>'user_id' = $1 ORDER BY created_at`,
      [added.user_id],
    );
    expect(events.map((e) => e.routing_key).sort()).toEqual(['restaurant.membership-changed', 'user.registered']);
    expect(events.find((e) => e.routing_key === 'restaurant.membership-changed')!.envelope.payload).toEqual({
      restaurant_id: restaurantA,
      user_id: added.user_id,
      membership_role: 'staff',
      changed_by: ownerA.user_id,
      new_account: true,
    });
    expect(await query(`SELECT action FROM audit_log WHERE action = 'staff.added' AND target = $1`, [added.user_id])).toHaveLength(1);
    // A passwordless account does not log in with any password.
    expect((await rejection(s.logIn.logIn({ email: 'cook@example.cm', password }))).code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses a customer’s email, a duplicate member, and a new email without a name', async () => {
    await s.register.register({ email: 'diner@example.cm', password, name: 'Diner' });
    expect((await rejection(s.addStaffMember.add(ownerA, { email: 'diner@example.cm', membership_role: 'staff' }))).code).toBe('CONFLICT');
    expect((await rejection(s.addStaffMember.add(ownerA, { email: 'cook@example.cm', membership_role: 'staff' }))).code).toBe('CONFLICT');
    expect((await rejection(s.addStaffMember.add(ownerA, { email: 'nameless@example.cm', membership_role: 'staff' }))).code).toBe('VALIDATION_ERROR');
  });

  it('lets a manager manage staff only, and staff nobody', async () => {
    // Owner B joins A as a manager: an owner account may work for another restaurant.
    const managerMembership = await s.addStaffMember.add(ownerA, { email: 'owner-b@example.cm', membership_role: 'manager' });
    const managerOfA: Actor = { ...ownerB, restaurant_id: restaurantA, restaurant_role: 'manager' };
    const waiter = await s.addStaffMember.add(managerOfA, { email: 'waiter@example.cm', name: 'Waiter', membership_role: 'staff' });
    expect((await rejection(s.addStaffMember.add(managerOfA, { email: 'boss@example.cm', name: 'Boss', membership_role: 'manager' }))).code).toBe('FORBIDDEN');
    expect((await rejection(s.changeStaffRole.change(managerOfA, { id: waiter.id, membership_role: 'manager' }))).code).toBe('FORBIDDEN');
    expect((await rejection(s.removeStaffMember.remove(managerOfA, managerMembership.id))).code).toBe('FORBIDDEN');

    const waiterActor: Actor = { user_id: waiter.user_id, role: 'restaurant_staff', restaurant_id: restaurantA, restaurant_role: 'staff' };
    expect((await rejection(s.addStaffMember.add(waiterActor, { email: 'x@example.cm', name: 'X', membership_role: 'staff' }))).code).toBe('FORBIDDEN');

    // A token claiming a restaurant the user is not a member of manages nothing.
    const forged: Actor = { ...ownerB, restaurant_id: randomUUID(), restaurant_role: 'owner' };
    expect((await rejection(s.addStaffMember.add(forged, { email: 'y@example.cm', name: 'Y', membership_role: 'staff' }))).code).toBe('FORBIDDEN');
  });

  it("never reaches another restaurant's members", async () => {
    const [cook] = (await s.team.views(restaurantA)).filter((m) => m.email === 'cook@example.cm');
    expect((await rejection(s.removeStaffMember.remove(ownerB, cook.id))).code).toBe('NOT_FOUND');
    expect((await rejection(s.changeStaffRole.change(ownerB, { id: cook.id, membership_role: 'manager' }))).code).toBe('NOT_FOUND');
    expect((await s.team.views(restaurantB)).map((m) => m.email)).toEqual(['owner-b@example.cm']);
  });

  it('switches the restaurant a session acts for only to one the user belongs to', async () => {
    const b = await s.logIn.logIn({ email: 'owner-b@example.cm', password });
    expect(claimsOf(b.tokens.access_token)).toMatchObject({ restaurant_id: restaurantB, restaurant_role: 'owner' });
    const asManagerOfA = await s.refresh.refresh({ refresh_token: b.tokens.refresh_token, restaurant_id: restaurantA });
    expect(claimsOf(asManagerOfA.tokens.access_token)).toMatchObject({ restaurant_id: restaurantA, restaurant_role: 'manager' });
    // The choice sticks to the session across refreshes.
    const again = await s.refresh.refresh({ refresh_token: asManagerOfA.tokens.refresh_token });
    expect(claimsOf(again.tokens.access_token)).toMatchObject({ restaurant_id: restaurantA, restaurant_role: 'manager' });
    // A restaurant the user is not a member of is refused, and the refresh token stays usable.
    expect((await rejection(s.refresh.refresh({ refresh_token: again.tokens.refresh_token, restaurant_id: randomUUID() }))).code).toBe('FORBIDDEN');
    await expect(s.refresh.refresh({ refresh_token: again.tokens.refresh_token })).resolves.toBeDefined();
  });

  it('promotes and removes: the next token says so, and removal ends the member’s sessions', async () => {
    const [waiter] = (await s.team.views(restaurantA)).filter((m) => m.email === 'waiter@example.cm');
    const promoted = await s.changeStaffRole.change(ownerA, { id: waiter.id, membership_role: 'manager' });
    expect(promoted.membership_role).toBe('manager');

    const [ownerB_in_A] = (await s.team.views(restaurantA)).filter((m) => m.email === 'owner-b@example.cm');
    const session = await s.logIn.logIn({ email: 'owner-b@example.cm', password });
    await s.removeStaffMember.remove(ownerA, ownerB_in_A.id);
    expect((await rejection(s.refresh.refresh({ refresh_token: session.tokens.refresh_token }))).code).toBe('INVALID_TOKEN');
    const relogged = await s.logIn.logIn({ email: 'owner-b@example.cm', password });
    expect(claimsOf(relogged.tokens.access_token)).toMatchObject({ restaurant_id: restaurantB, restaurant_role: 'owner' });
    expect((await rejection(s.refresh.refresh({ refresh_token: relogged.tokens.refresh_token, restaurant_id: restaurantA }))).code).toBe('FORBIDDEN');
    // The owner cannot be removed, not even by themselves.
    const [owner] = (await s.team.views(restaurantA)).filter((m) => m.membership_role === 'owner');
    expect((await rejection(s.removeStaffMember.remove(ownerA, owner.id))).code).toBe('FORBIDDEN');
    await expect(s.refresh.refresh({ refresh_token: ownerATokens.refresh_token })).resolves.toBeDefined();
  });

  it('answers two concurrent adds of one new email with one member and one 409, never a 500', async () => {
    const results = await Promise.allSettled(
      [1, 2].map(() => s.addStaffMember.add(ownerA, { email: 'twice@example.cm', name: 'Twice', membership_role: 'staff' })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [refused] = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused.reason.code).toBe('CONFLICT');
  });
});

