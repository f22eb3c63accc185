// Driver onboarding against real PostgreSQL and a document store on disk (@platter/storage): the
// profile, documents checked by their bytes, an admin's review (audited, announced through the
// outbox), only approved drivers online, and identity's account events (suspension, name, erasure).
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Actor, DriverStatusChanged } from '@platter/contracts';
import { FeatureTestingModule, ThrowawaySchema, createThrowawaySchema, rejection } from '@platter/testing';
import { DispatchConfig } from '../dispatch.config';
import { dispatchEntities } from '../dispatch.module';
import { dispatchMigrations } from '../migrations';
import { dispatchServices } from '../testing/dispatch-services';
import { DriverAccountService } from './commands/account-events/driver-account.service';
import { RegisterDriverService } from './commands/register-driver/register-driver.service';
import { ReviewDriverService } from './commands/review-driver/review-driver.service';
import { SetAvailabilityService } from './commands/set-availability/set-availability.service';
import { UpdateDriverProfileService } from './commands/update-profile/update-profile.service';
import { DriverDocumentsService } from './documents/driver-documents.service';
import { DriversModule } from './drivers.module';
import { AdminDriversRpc } from './queries/admin-drivers/admin-drivers.rpc';
import { GetProfileRpc } from './queries/get-profile/get-profile.rpc';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 2048 }, (_, i) => i % 256))]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 1, 2, 3]);

describe('driver onboarding (PostgreSQL, documents on disk)', () => {
  let db: ThrowawaySchema;
  let bed: FeatureTestingModule;
  let dir: string;
  let register: RegisterDriverService;
  let profile: UpdateDriverProfileService;
  let documents: DriverDocumentsService;
  let review: ReviewDriverService;
  let availability: SetAvailabilityService;
  let accounts: DriverAccountService;
  let admin: AdminDriversRpc;
  let getProfile: GetProfileRpc;
  const ADMIN: Actor = { user_id: randomUUID(), role: 'admin' };
  // When identity made each account change (the envelopes' occurred_at): later calls, later changes.
  let clock = Date.now();
  const at = () => new Date(++clock);

  beforeAll(async () => {
    db = await createThrowawaySchema('dispatch', { entities: dispatchEntities, migrations: dispatchMigrations });
    dir = await mkdtemp(join(tmpdir(), 'driver-docs-'));
    // Documents on disk, in this test's own folder (the local document store DOCUMENT_STORE_DIR names).
    const config = Object.assign(new DispatchConfig(), { DOCUMENT_STORE: 'local', DOCUMENT_STORE_DIR: dir });
    bed = await dispatchServices(db, config, [], { imports: [DriversModule] });
    register = bed.get(RegisterDriverService);
    profile = bed.get(UpdateDriverProfileService);
    documents = bed.get(DriverDocumentsService);
    review = bed.get(ReviewDriverService);
    availability = bed.get(SetAvailabilityService);
    accounts = bed.get(DriverAccountService);
    admin = bed.get(AdminDriversRpc);
    getProfile = bed.get(GetProfileRpc);
  });

  afterAll(async () => {
    await bed?.close();
    await db?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function newDriver(name = 'Paul Mbarga'): Promise<Actor> {
    const actor: Actor = { user_id: randomUUID(), role: 'driver' };
    await register.register({ user_id: actor.user_id, email: `${actor.user_id}@test.local`, name, phone: '+237670000111', role: 'driver' });
    return actor;
  }

  const statusEvents = async (driverId: string): Promise<DriverStatusChanged[]> =>
    (await db.dataSource.query(`SELECT envelope FROM outbox WHERE routing_key = 'driver.status-changed' AND envelope->'payload'->>'driver_id' = $1 ORDER BY seq`, [driverId])).map(
      (r: { envelope: { payload: DriverStatusChanged } }) => r.envelope.payload,
    );

  const upload = (actor: Actor, type: 'id_card' | 'driver_license', bytes: Buffer, file_name = 'scan.pdf') =>
    documents.upload(actor, { type, file_name, content_base64: bytes.toString('base64') });

  it('runs its migrations after the earlier ones', () => {
    expect(db.applied).toEqual(expect.arrayContaining(['DeliveryFlow1700000003000', 'DriverOnboarding1700000004000']));
  });

  it('takes a driver from registration through profile, documents and approval to online, every move audited and announced', async () => {
    const driver = await newDriver();
    expect((await rejection(availability.set(driver, true))).code).toBe('DRIVER_NOT_APPROVED');
    expect((await rejection(review.move(driver.user_id, 'approve', ADMIN))).message).toMatch(/has not given their vehicle/);

    const updated = await profile.update(driver, { vehicle_type: 'motorbike', vehicle_plate: 'lt 1234 a', license_number: 'cm-998877', phone: '690 00 00 01' });
    expect(updated).toMatchObject({ status: 'pending', vehicle_type: 'motorbike', vehicle_plate: 'LT1234A', license_number: 'CM-998877', phone: '+237690000001', name: 'Paul Mbarga', documents: [] });

    const idCard = await upload(driver, 'id_card', PDF, 'id.pdf');
    const licence = await upload(driver, 'driver_license', PNG, 'licence.png');
    expect(idCard).toMatchObject({ driver_id: driver.user_id, type: 'id_card', file_name: 'id.pdf', content_type: 'application/pdf', size_bytes: PDF.length });
    expect(licence).toMatchObject({ type: 'driver_license', content_type: 'image/png' });
    expect((await getProfile.get({ actor: driver, data: {} })).documents!.map((d) => d.type)).toEqual(['id_card', 'driver_license']);

    const listed = await admin.list({ actor: ADMIN, data: { status: 'pending', q: 'LT1234' } });
    expect(listed.items.map((d) => d.id)).toEqual([driver.user_id]);
    const detail = await admin.get({ actor: ADMIN, data: { id: driver.user_id } });
    expect(detail.documents.map((d) => d.id)).toEqual([idCard.id, licence.id]);
    const file = await admin.document({ actor: ADMIN, data: { driver_id: driver.user_id, document_id: licence.id } });
    expect(Buffer.from(file.content_base64, 'base64').equals(PNG)).toBe(true);

    const approved = await review.move(driver.user_id, 'approve', ADMIN);
    expect(approved).toMatchObject({ status: 'approved', reviewed_by: ADMIN.user_id, reviewed_at: expect.any(String) });
    expect((await availability.set(driver, true)).online).toBe(true);
    expect((await admin.list({ actor: ADMIN, data: { online: true, q: driver.user_id } })).items.map((d) => d.id)).toEqual([driver.user_id]);

    expect((await admin.get({ actor: ADMIN, data: { id: driver.user_id } })).history).toEqual([
      expect.objectContaining({ action: 'approve', from_status: 'pending', to_status: 'approved', actor_id: ADMIN.user_id, actor_role: 'admin', created_at: expect.any(String) }),
    ]);
    expect(await statusEvents(driver.user_id)).toEqual([
      { driver_id: driver.user_id, status: 'approved', online: false },
      { driver_id: driver.user_id, status: 'approved', online: true },
    ]);
  });

  it('refuses files that are not PDF, JPEG or PNG by their bytes, and empty ones, storing nothing', async () => {
    const driver = await newDriver();
    const before = await readdir(dir, { recursive: true });
    const gif = await rejection(upload(driver, 'id_card', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), 'photo.pdf'));
    expect(gif).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'file', message: 'only PDF, JPEG and PNG files are accepted' }] });
    expect((await rejection(upload(driver, 'id_card', Buffer.alloc(0)))).details).toEqual([{ field: 'file', message: 'the file is empty' }]);
    expect(await readdir(dir, { recursive: true })).toEqual(before);
  });

  it("rejects with the reason the driver sees; a changed profile asks for a new review", async () => {
    const driver = await newDriver();
    await profile.update(driver, { vehicle_type: 'car', vehicle_plate: 'CE 555 B' });
    const rejected = await review.move(driver.user_id, 'reject', ADMIN, '  The licence photo is unreadable ');
    expect(rejected).toMatchObject({ status: 'rejected', rejection_reason: 'The licence photo is unreadable', online: false });
    expect(await getProfile.get({ actor: driver, data: {} })).toMatchObject({ status: 'rejected', rejection_reason: 'The licence photo is unreadable' });
    expect((await rejection(availability.set(driver, true))).code).toBe('DRIVER_NOT_APPROVED');
    expect((await rejection(review.move(driver.user_id, 'reject', ADMIN, 'again'))).code).toBe('INVALID_STATE_TRANSITION');

    await upload(driver, 'driver_license', PDF);
    expect(await getProfile.get({ actor: driver, data: {} })).toMatchObject({ status: 'pending', rejection_reason: null });
    const history = (await admin.get({ actor: ADMIN, data: { id: driver.user_id } })).history;
    expect(history.map((h) => [h.action, h.to_status, h.reason, h.actor_role])).toEqual([
      ['reject', 'rejected', 'The licence photo is unreadable', 'admin'],
      ['reapply', 'pending', null, 'driver'],
    ]);
    expect(await statusEvents(driver.user_id)).toEqual([
      { driver_id: driver.user_id, status: 'rejected', online: false, reason: 'The licence photo is unreadable' },
      { driver_id: driver.user_id, status: 'pending', online: false },
    ]);
  });

  async function onlineDriver(): Promise<Actor> {
    const driver = await newDriver();
    await profile.update(driver, { vehicle_type: 'bicycle' });
    await review.move(driver.user_id, 'approve', ADMIN);
    await availability.set(driver, true);
    return driver;
  }

  it("takes a suspended driver offline until an admin reinstates them; they go online again themselves", async () => {
    const driver = await onlineDriver();
    const suspended = await review.move(driver.user_id, 'suspend', ADMIN, 'Complaints from three customers');
    expect(suspended).toMatchObject({ status: 'suspended', online: false, suspension_reason: 'Complaints from three customers' });
    expect((await rejection(availability.set(driver, true))).code).toBe('DRIVER_NOT_APPROVED');
    expect((await statusEvents(driver.user_id)).at(-1)).toEqual({ driver_id: driver.user_id, status: 'suspended', online: false, reason: 'Complaints from three customers' });

    expect(await review.move(driver.user_id, 'reinstate', ADMIN)).toMatchObject({ status: 'approved', online: false, suspension_reason: null });
    expect((await availability.set(driver, true)).online).toBe(true);
  });

  it("suspends the driver with the user's account, keeps them so on a replay, and lifts only the account's suspension", async () => {
    const driver = await onlineDriver();
    const suspendedAt = at();
    await accounts.statusChanged({ user_id: driver.user_id, status: 'suspended' }, suspendedAt);
    await accounts.statusChanged({ user_id: driver.user_id, status: 'suspended' }, suspendedAt);
    expect(await getProfile.get({ actor: driver, data: {} })).toMatchObject({ status: 'suspended', online: false, suspension_reason: 'user account suspended' });
    expect((await rejection(review.move(driver.user_id, 'reinstate', ADMIN))).message).toMatch(/reactivate the account/);

    await accounts.statusChanged({ user_id: driver.user_id, status: 'active' }, at());
    expect(await getProfile.get({ actor: driver, data: {} })).toMatchObject({ status: 'approved', online: false });
    const history = (await admin.get({ actor: ADMIN, data: { id: driver.user_id } })).history.map((h) => [h.action, h.actor_id]);
    expect(history).toEqual([['approve', ADMIN.user_id], ['account_suspended', null], ['account_reactivated', null]]);

    // An admin's suspension outlives the account's reactivation.
    await review.move(driver.user_id, 'suspend', ADMIN, 'Under investigation');
    await accounts.statusChanged({ user_id: driver.user_id, status: 'banned' }, at());
    await accounts.statusChanged({ user_id: driver.user_id, status: 'active' }, at());
    expect(await getProfile.get({ actor: driver, data: {} })).toMatchObject({ status: 'suspended', suspension_reason: 'Under investigation' });
  });

  it('follows the account name and ignores users who are not drivers', async () => {
    const driver = await newDriver('Old Name');
    await accounts.profileUpdated({ user_id: driver.user_id, name: 'New Name', phone: null }, at());
    expect(await getProfile.get({ actor: driver, data: {} })).toMatchObject({ name: 'New Name', phone: '+237670000111' });
    const stranger = randomUUID();
    await accounts.profileUpdated({ user_id: stranger, name: 'Nobody', phone: null }, at());
    await accounts.statusChanged({ user_id: stranger, status: 'banned' }, at());
    await accounts.deleted({ user_id: stranger });
    expect(Number((await db.dataSource.query(`SELECT count(*)::int AS n FROM drivers WHERE id = $1`, [stranger]))[0].n)).toBe(0);
    // The news kept in case a registration was late goes with the erasure.
    expect(Number((await db.dataSource.query(`SELECT count(*)::int AS n FROM early_account_news WHERE user_id = $1`, [stranger]))[0].n)).toBe(0);
  });

  it("erases a deleted user's personal data and documents (files too), keeps them suspended for good", async () => {
    const driver = await onlineDriver();
    await profile.update(driver, { vehicle_type: 'car', vehicle_plate: 'LT 9 Z', license_number: 'X1' });
    const doc = await upload(driver, 'id_card', PDF);
    expect((await readdir(join(dir, 'drivers', driver.user_id))).length).toBe(1);

    await accounts.deleted({ user_id: driver.user_id });
    await accounts.deleted({ user_id: driver.user_id });
    const [row] = await db.dataSource.query(
      `SELECT name, phone, vehicle_plate, license_number, last_lat, status, online, erased_at FROM drivers WHERE id = $1`,
      [driver.user_id],
    );
    expect(row).toEqual({ name: null, phone: null, vehicle_plate: null, license_number: null, last_lat: null, status: 'suspended', online: false, erased_at: expect.any(Date) });
    expect(await readdir(join(dir, 'drivers', driver.user_id))).toEqual([]);
    expect((await rejection(admin.document({ actor: ADMIN, data: { driver_id: driver.user_id, document_id: doc.id } }))).code).toBe('NOT_FOUND');
    await accounts.statusChanged({ user_id: driver.user_id, status: 'active' }, at());
    expect((await rejection(review.move(driver.user_id, 'reinstate', ADMIN))).message).toMatch(/account was deleted/);
  });

  it('keeps the admin routes to admins and checks their input', async () => {
    const driver = await newDriver();
    expect((await rejection(admin.list({ actor: driver, data: {} }))).code).toBe('FORBIDDEN');
    expect((await rejection(admin.get({ actor: { user_id: randomUUID(), role: 'customer' }, data: { id: driver.user_id } }))).code).toBe('FORBIDDEN');
    expect((await rejection(admin.list({ actor: ADMIN, data: { status: 'sleeping' } }))).code).toBe('VALIDATION_ERROR');
    expect((await rejection(admin.get({ actor: ADMIN, data: { id: randomUUID() } }))).code).toBe('NOT_FOUND');
  });
});
