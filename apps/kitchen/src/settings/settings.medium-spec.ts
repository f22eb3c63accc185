// Restaurants' settings (/config) against a real PostgreSQL: defaults, validated changes announced
// as restaurant.config-changed, a reset announced with value null, tenancy.
import { randomUUID } from 'node:crypto';
import { Actor } from '@platter/contracts';
import { FeatureTestingModule, rejection } from '@platter/testing';
import { kitchenServices } from '../testing/kitchen-services';
import { KitchenConfig } from '../kitchen.config';
import { ChangeSettingService } from './commands/change-setting/change-setting.service';
import { GetSettingsRpc } from './queries/get-settings/get-settings.rpc';

describe('restaurant settings (PostgreSQL)', () => {
  let db: FeatureTestingModule;
  let change: ChangeSettingService;
  let get: GetSettingsRpc;
  const restaurantId = randomUUID();
  const owner: Actor = { user_id: randomUUID(), role: 'restaurant_owner', restaurant_id: restaurantId, restaurant_role: 'owner' };
  const manager: Actor = { user_id: randomUUID(), role: 'restaurant_staff', restaurant_id: restaurantId, restaurant_role: 'manager' };
  const cook: Actor = { user_id: randomUUID(), role: 'restaurant_staff', restaurant_id: restaurantId, restaurant_role: 'staff' };
  const admin: Actor = { user_id: randomUUID(), role: 'admin' };

  beforeAll(async () => {
    const config = Object.assign(new KitchenConfig(), { DEFAULT_TAX_RATE: '19.25', DEFAULT_SERVICE_FEE: 300 });
    db = await kitchenServices(config);
    change = db.get(ChangeSettingService);
    get = db.get(GetSettingsRpc);
  });

  afterAll(async () => {
    await db?.close();
  });

  const announced = async () =>
    (await db.dataSource.query(`SELECT envelope FROM outbox WHERE routing_key = 'restaurant.config-changed' AND envelope->'payload'->>'restaurant_id' = $1 ORDER BY seq`, [restaurantId])).map(
      (r: { envelope: { payload: unknown } }) => r.envelope.payload,
    );

  it('shows every setting with the platform defaults until the restaurant changes one', async () => {
    const view = await get.get({ actor: cook, data: {} });
    expect(view).toEqual({
      restaurant_id: restaurantId,
      settings: [
        { key: 'tax_rate', value: '19.25', is_default: true, default_value: '19.25', updated_at: null },
        { key: 'service_fee', value: '300', is_default: true, default_value: '300', updated_at: null },
        { key: 'acceptance_timeout_minutes', value: '5', is_default: true, default_value: '5', updated_at: null },
        { key: 'preparation_minutes', value: '20', is_default: true, default_value: '20', updated_at: null },
      ],
    });
  });

  it('changes a setting (owner or manager), announces it once, and resets it to the default with value null', async () => {
    expect(await change.set(owner, 'tax_rate', '10.50')).toMatchObject({ key: 'tax_rate', value: '10.5', is_default: false, default_value: '19.25' });
    await change.set(manager, 'tax_rate', '10.5'); // the same value: nothing to announce
    await change.set(manager, 'acceptance_timeout_minutes', 10);
    const view = await get.get({ actor: owner, data: {} });
    expect(view.settings.find((s) => s.key === 'tax_rate')).toMatchObject({ value: '10.5', is_default: false, updated_at: expect.any(String) });

    expect(await change.reset(owner, 'tax_rate')).toMatchObject({ key: 'tax_rate', value: '19.25', is_default: true });
    await change.reset(owner, 'tax_rate'); // already the default
    expect(await announced()).toEqual([
      { restaurant_id: restaurantId, key: 'tax_rate', value: '10.5' },
      { restaurant_id: restaurantId, key: 'acceptance_timeout_minutes', value: '10' },
      { restaurant_id: restaurantId, key: 'tax_rate', value: null },
    ]);
  });

  it('validates per key (400 VALIDATION_ERROR naming the field)', async () => {
    const bad = await rejection(change.set(owner, 'tax_rate', '150'));
    expect(bad.code).toBe('VALIDATION_ERROR');
    expect(bad.details).toEqual([{ field: 'value', message: expect.stringContaining('tax_rate') }]);
    expect((await rejection(change.set(owner, 'service_fee', -5))).code).toBe('VALIDATION_ERROR');
    expect((await rejection(change.set(owner, 'preparation_minutes', 0))).code).toBe('VALIDATION_ERROR');
    expect((await rejection(change.set(owner, 'colour', 'red'))).details).toEqual([{ field: 'key', message: expect.stringContaining('Unknown setting') }]);
    expect((await rejection(change.reset(owner, 'colour'))).code).toBe('VALIDATION_ERROR');
  });

  it('lets staff read but not change, strangers neither, and admins work on the restaurant they name', async () => {
    expect((await rejection(change.set(cook, 'service_fee', 100))).code).toBe('FORBIDDEN');
    const stranger: Actor = { ...owner, user_id: randomUUID(), restaurant_id: randomUUID() };
    expect((await rejection(get.get({ actor: stranger, data: { restaurant_id: restaurantId } }))).code).toBe('FORBIDDEN');
    expect((await rejection(get.get({ actor: { user_id: randomUUID(), role: 'customer' }, data: {} }))).code).toBe('FORBIDDEN');
    expect((await rejection(get.get({ actor: admin, data: {} }))).code).toBe('VALIDATION_ERROR');
    expect(await change.set(admin, 'service_fee', '250', restaurantId)).toMatchObject({ value: '250' });
    expect((await get.get({ actor: admin, data: { restaurant_id: restaurantId } })).settings.find((s) => s.key === 'service_fee')?.value).toBe('250');
  });
});
