// Onboarding against a real PostgreSQL: the migration backfilling existing rows, the profile,
// the admin's review moves with their events in the outbox, KYC documents and plans.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor, CreateRestaurantRequest, UpdateRestaurantProfileRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { validData } from '@platter/service-kit';
import { ThrowawaySchema, createThrowawaySchema, rejection } from '@platter/testing';
import { CatalogConfig } from '../catalog.config';
import { CATALOG_DATABASE, CatalogServices, catalogServices } from '../testing/catalog-services';
import { catalogMigrations } from '../migrations';
import { RestaurantOnboarding1700000003000 } from '../migrations/1700000003000-restaurant-onboarding';
import { ApproveRestaurantService } from './commands/approve-restaurant/approve-restaurant.service';
import { CreateRestaurantService } from './commands/create-restaurant/create-restaurant.service';
import { ReviewRestaurantService } from './commands/review-restaurant/review-restaurant.service';
import { UpdateProfileService } from './commands/update-profile/update-profile.service';
import { RestaurantDocumentsService } from './documents/restaurant-documents.service';
import { UploadDocumentRequest } from './commands/upload-document/upload-document.request';
import { Restaurant } from './restaurant.entity';
import { ChangePlanService } from './commands/change-plan/change-plan.service';

const admin: Actor = { user_id: randomUUID(), role: 'admin' };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

describe('restaurant onboarding migration (PostgreSQL)', () => {
  let db: ThrowawaySchema;

  afterAll(async () => {
    await db?.drop();
  });

  it('backfills unique slugs, defaults and an empty review for restaurants that existed before', async () => {
    const before = catalogMigrations.slice(0, catalogMigrations.indexOf(RestaurantOnboarding1700000003000));
    db = await createThrowawaySchema('catalog', { entities: [], migrations: before });
    const insert = (name: string, status: string, createdAt: string) =>
      db.dataSource.query(`INSERT INTO restaurants (id, owner_id, name, address, status, created_at) VALUES ($1, $2, $3, 'Douala', $4, $5)`, [
        randomUUID(),
        randomUUID(),
        name,
        status,
        createdAt,
      ]);
    await insert('Chez Élodie', 'approved', '2026-01-01T00:00:00Z');
    await insert('Chez  elodie!', 'pending', '2026-01-02T00:00:00Z');
    await insert('Le Bœuf & Co', 'suspended', '2026-01-03T00:00:00Z');
    await insert('???', 'rejected', '2026-01-04T00:00:00Z');
    // Named so that a rank suffix on the clash above ("chez-elodie-2") would collide with it.
    await insert('Chez Elodie 2', 'approved', '2026-01-05T00:00:00Z');
    const runner = db.dataSource.createQueryRunner();
    try {
      await new RestaurantOnboarding1700000003000().up(runner);
    } finally {
      await runner.release();
    }
    const rows = await db.dataSource.query(
      `SELECT name, slug, status, subscription_plan, timezone, cuisine_tags, opening_hours, hours_exceptions, rating_count, translations
       FROM restaurants ORDER BY created_at`,
    );
    const slugs = rows.map((r: { slug: string }) => r.slug);
    expect(slugs).toEqual(['chez-elodie', expect.stringMatching(/^chez-elodie-[0-9a-f]{8}$/), 'le-boeuf-co', 'restaurant', 'chez-elodie-2']);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(rows[0]).toMatchObject({ status: 'approved', subscription_plan: 'basic', timezone: 'Africa/Douala', cuisine_tags: [], opening_hours: {}, hours_exceptions: [], rating_count: 0, translations: {} });
    await expect(db.dataSource.query(`UPDATE restaurants SET slug = 'chez-elodie' WHERE slug = 'restaurant'`)).rejects.toMatchObject({ code: '23505' });
  });
});

describe('restaurant onboarding (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  let dataSource: DataSource;
  let tx: TransactionHost;
  let catalog: CatalogServices;
  let documentsDir: string;
  let create: CreateRestaurantService;
  let approve: ApproveRestaurantService;
  let review: ReviewRestaurantService;
  let updateProfile: UpdateProfileService;
  let documents: RestaurantDocumentsService;
  let changePlan: ChangePlanService;

  const outbox = async (type: string, restaurantId: string) =>
    (
      await dataSource.query(`SELECT envelope->'payload' AS payload FROM outbox WHERE routing_key = $1 AND envelope->'payload'->>'restaurant_id' = $2 ORDER BY seq`, [
        type,
        restaurantId,
      ])
    ).map((r: { payload: object }) => r.payload);
  const newOwner = (): Actor => ({ user_id: randomUUID(), role: 'restaurant_owner' });
  const apply = (owner: Actor, name: string) => create.create(owner, validData(CreateRestaurantRequest, { name, address: 'Akwa, Douala', phone: '670 00 00 00' }));
  const edit = (actor: Actor, data: object) => updateProfile.update(actor, validData(UpdateRestaurantProfileRequest, data));

  beforeAll(async () => {
    db = await createThrowawaySchema('catalog', CATALOG_DATABASE);
    ({ dataSource, tx } = db);
    documentsDir = await mkdtemp(join(tmpdir(), 'catalog-documents-'));
    catalog = await catalogServices(db, Object.assign(new CatalogConfig(), { DOCUMENT_STORE: 'local', DOCUMENT_STORE_DIR: documentsDir }));
    ({ createRestaurant: create, approveRestaurant: approve, reviewRestaurant: review, updateProfile, documents, changePlan } = catalog);
  });

  afterAll(async () => {
    await catalog?.close();
    await db?.drop();
    if (documentsDir) await rm(documentsDir, { recursive: true, force: true });
  });

  it('gives a new restaurant a slug from its name, suffixed on a clash, and an E.164 phone', async () => {
    const first = await apply(newOwner(), 'Maquis du Wouri');
    const second = await apply(newOwner(), 'Maquis  du Wouri');
    expect([first.slug, second.slug]).toEqual(['maquis-du-wouri', 'maquis-du-wouri-2']);
    expect(first).toMatchObject({ phone: '+237670000000', subscription_plan: 'basic', commission_rate: 0.15, status: 'pending' });
  });

  it('edits the profile, refuses a taken slug with 409 and publishes restaurant.updated', async () => {
    const owner = newOwner();
    const mine = await apply(owner, 'Chez Tantine');
    await apply(newOwner(), 'Le Taken');
    const edited = await edit(owner, {
      name: 'Chez Tantine Rose',
      slug: 'tantine-rose',
      cuisine_tags: ['Grill', 'grill', 'Camerounais'],
      opening_hours: { mon: [['08:00', '22:00']], fri: [['18:00', '02:00']] },
      hours_exceptions: [{ date: '2026-12-25', hours: [] }],
      timezone: 'Africa/Lagos',
      translations: { en: { name: 'Aunt Rose' }, fr: { name: 'Chez Tantine Rose', description: 'Cuisine maison' } },
      phone: '+33 6 12 34 56 78',
    });
    expect(edited).toMatchObject({
      name: 'Chez Tantine Rose',
      slug: 'tantine-rose',
      cuisine_tags: ['grill', 'camerounais'],
      opening_hours: { mon: [['08:00', '22:00']], fri: [['18:00', '02:00']] },
      hours_exceptions: [{ date: '2026-12-25', hours: [] }],
      timezone: 'Africa/Lagos',
      phone: '+33612345678',
    });
    expect(await rejection(edit(owner, { slug: 'le-taken' }))).toMatchObject({ code: 'CONFLICT', status: 409 });
    expect(await rejection(edit(owner, { timezone: 'Mars/Olympus' }))).toMatchObject({ code: 'VALIDATION_ERROR' });
    expect(await rejection(edit(owner, { opening_hours: { mon: [['8h', '22:00']] } }))).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'opening_hours.mon.0' }] });
    expect(await outbox('restaurant.updated', mine.id)).toEqual([
      {
        restaurant_id: mine.id, name: 'Chez Tantine Rose', slug: 'tantine-rose', currency: 'XAF', commission_rate: 0.15, latitude: null, longitude: null, timezone: 'Africa/Lagos',
        opening_hours: { mon: [['08:00', '22:00']], fri: [['18:00', '02:00']] }, hours_exceptions: [{ date: '2026-12-25', hours: [] }],
      },
    ]);
    // The currency may change while nothing is priced in it yet; not once the menu has items.
    expect(await edit(owner, { currency: 'EUR' })).toMatchObject({ currency: 'EUR' });
    await db.dataSource.query(
      `INSERT INTO menu_items (id, restaurant_id, name, price, currency, is_available) VALUES ($1, $2, 'Poulet DG', 5000, 'EUR', true)`,
      [randomUUID(), mine.id],
    );
    expect(await rejection(edit(owner, { currency: 'XAF' }))).toMatchObject({ code: 'CURRENCY_LOCKED' });
  });

  it('moves radius zones with the restaurant, announcing them; polygons stay where they were drawn', async () => {
    const owner = newOwner();
    const { id } = await apply(owner, 'Chez Mobile');
    await edit(owner, { latitude: 4.05, longitude: 9.7 });
    const radius = randomUUID();
    const polygon = randomUUID();
    await dataSource.query(
      `INSERT INTO delivery_zones (id, restaurant_id, name, kind, center_lat, center_lng, radius_km, polygon, delivery_fee, minimum_order, estimated_minutes, is_active) VALUES
         ($1, $3, 'Near', 'radius', 4.05, 9.7, 3, NULL, 500, 0, 20, true),
         ($2, $3, 'Drawn', 'polygon', NULL, NULL, NULL, '[[9.6,4.0],[9.8,4.0],[9.8,4.1]]', 800, 0, 30, true)`,
      [radius, polygon, id],
    );
    await edit(owner, { latitude: 3.87, longitude: 11.52 });
    const zones = await dataSource.query(`SELECT id, center_lat, center_lng FROM delivery_zones WHERE restaurant_id = $1 ORDER BY name`, [id]);
    expect(zones).toEqual([
      { id: polygon, center_lat: null, center_lng: null },
      { id: radius, center_lat: 3.87, center_lng: 11.52 },
    ]);
    expect(await outbox('delivery-zone.changed', id)).toEqual([expect.objectContaining({ zone_id: radius, center_lat: 3.87, center_lng: 11.52 })]);
    // A profile edit that does not move the restaurant announces no zone.
    await edit(owner, { description: 'Toujours là' });
    expect(await outbox('delivery-zone.changed', id)).toHaveLength(1);
  });

  it('lets a manager edit the profile but not a staff member or another owner', async () => {
    const owner = newOwner();
    const mine = await apply(owner, 'Team Place');
    const manager: Actor = { user_id: randomUUID(), role: 'restaurant_staff', restaurant_id: mine.id, restaurant_role: 'manager' };
    const staff: Actor = { user_id: randomUUID(), role: 'restaurant_staff', restaurant_id: mine.id, restaurant_role: 'staff' };
    expect(await edit(manager, { description: 'Edited by the manager' })).toMatchObject({ description: 'Edited by the manager' });
    expect(await rejection(edit(staff, { description: 'no' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await rejection(edit(newOwner(), { description: 'no' }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('moves through reject (with a reason), re-apply, approve, suspend and reinstate, each an event', async () => {
    const owner = newOwner();
    const { id } = await apply(owner, 'Review Me');
    const rejected = await review.reject(id, admin, ' Licence unreadable ');
    expect(rejected).toMatchObject({ status: 'rejected', rejection_reason: 'Licence unreadable', reviewed_at: expect.any(String) });
    expect(await rejection(approve.approve(id, admin.user_id))).toMatchObject({ code: 'INVALID_STATE_TRANSITION', status: 422 });
    expect(await review.reapply(owner)).toMatchObject({ status: 'pending', rejection_reason: null });
    expect(await approve.approve(id, admin.user_id)).toMatchObject({ status: 'approved', rejection_reason: null });
    expect(await review.suspend(id, admin, 'Hygiene complaint')).toMatchObject({ status: 'suspended', rejection_reason: 'Hygiene complaint' });
    expect(await rejection(review.suspend(id, admin, 'again'))).toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
    expect(await review.reinstate(id, admin)).toMatchObject({ status: 'approved', rejection_reason: null });
    expect(await outbox('restaurant.status-changed', id)).toEqual([
      { restaurant_id: id, owner_id: owner.user_id, status: 'rejected', reason: 'Licence unreadable' },
      { restaurant_id: id, owner_id: owner.user_id, status: 'pending' },
      { restaurant_id: id, owner_id: owner.user_id, status: 'approved' },
      { restaurant_id: id, owner_id: owner.user_id, status: 'suspended', reason: 'Hygiene complaint' },
      { restaurant_id: id, owner_id: owner.user_id, status: 'approved' },
    ]);
    expect(await outbox('restaurant.approved', id)).toHaveLength(2);
    const row = await tx.repository(Restaurant).findOneByOrFail({ id });
    expect(row.reviewed_by).toBe(admin.user_id);
  });

  it('keeps KYC documents checked by their bytes and reads them back from the store', async () => {
    const owner = newOwner();
    const { id } = await apply(owner, 'Papers Please');
    const upload = (content: Buffer, file_name = 'licence.pdf') =>
      documents.upload(owner, validData(UploadDocumentRequest, { kind: 'business_license', file_name, content_base64: content.toString('base64') }));
    const doc = await upload(PDF);
    expect(doc).toMatchObject({ restaurant_id: id, kind: 'business_license', content_type: 'application/pdf', size_bytes: PDF.length, file_name: 'licence.pdf' });
    expect(await rejection(upload(Buffer.from('MZ\x90\x00 not a pdf'), 'evil.pdf'))).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'file' }] });
    expect(await rejection(upload(Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)])))).toMatchObject({ code: 'VALIDATION_ERROR' });
    expect(await documents.listMine(owner)).toEqual([doc]);
    const read = await documents.read(id, doc.id);
    expect(Buffer.from(read.content_base64, 'base64').equals(PDF)).toBe(true);
    expect(await rejection(documents.read(randomUUID(), doc.id))).toMatchObject({ code: 'NOT_FOUND' });
    // A row whose file is gone (an emptied store) is a 404, not a crash.
    await rm(documentsDir, { recursive: true, force: true });
    expect(await rejection(documents.read(id, doc.id))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('changes plan owner only: a cheaper commission waits for an admin to confirm it, a dearer one applies at once', async () => {
    const owner = newOwner();
    const { id } = await apply(owner, 'Premium Place');
    expect(await changePlan.change(owner, 'premium')).toMatchObject({ plan: 'basic', commission_rate: 0.15, requested_plan: 'premium' });
    expect(await outbox('restaurant.updated', id)).toEqual([]);
    const manager: Actor = { user_id: randomUUID(), role: 'restaurant_staff', restaurant_id: id, restaurant_role: 'manager' };
    expect(await rejection(changePlan.change(manager, 'enterprise'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await changePlan.confirm(id)).toMatchObject({ plan: 'premium', commission_rate: 0.12, requested_plan: null });
    expect(await outbox('restaurant.updated', id)).toEqual([expect.objectContaining({ commission_rate: 0.12 })]);
    expect(await rejection(changePlan.confirm(id))).toMatchObject({ code: 'NO_PLAN_CHANGE_REQUESTED' });
    expect(await changePlan.change(owner, 'basic')).toMatchObject({ plan: 'basic', commission_rate: 0.15, requested_plan: null });
  });
});
