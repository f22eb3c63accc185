import { api, eventually } from './support/http-client';
import { E2E_ADMIN, useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);
const password = 'driver-onboarding-1';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01]);

/** A multipart upload as the driver app's form sends it. */
async function upload(gw: string, token: string, type: string, fileName: string, bytes: Buffer, mime = 'application/pdf') {
  const form = new FormData();
  form.set('type', type);
  form.set('file', new Blob([new Uint8Array(bytes)], { type: mime }), fileName);
  const res = await fetch(`${gw}/api/v1/driver/documents`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: res.status, body: (await res.json()) as any };
}

/**
 * Driver onboarding through the gateway: a driver registers, gives their vehicle,
 * uploads documents, cannot go online until an admin (who lists them, reads their documents)
 * approves them; a rejection carries its reason; a suspension takes the driver offline; only
 * admins reach /admin/drivers*.
 */
describe('driver onboarding: profile, documents, review, online only once approved', () => {
  const { gateway } = useTestFleet({ namespace: `e2edrv${run}`, database: 'platter_e2e_drivers', gatewayPort: 9400, env: { RATE_LIMITS_ENABLED: 'false' } });

  async function register(role: 'customer' | 'driver', name: string) {
    const r = await api(gateway(), 'POST', '/auth/register', { body: { email: `${role}-${name.toLowerCase()}-${run}@example.cm`, password, name, role } });
    expect(r.status).toBe(201);
    return { id: r.body.data.user.id as string, token: r.body.data.tokens.access_token as string };
  }
  const adminToken = async () => (await api(gateway(), 'POST', '/auth/login', { body: E2E_ADMIN })).body.data.tokens.access_token as string;

  it('takes a driver from registration to online through documents and an approval', async () => {
    const gw = gateway();
    const admin = await adminToken();
    const paul = await register('driver', 'Paul');

    // user.registered opened the pending profile.
    const opened = await eventually(() => api(gw, 'GET', '/driver/profile', { token: paul.token }), (r) => r.status === 200);
    expect(opened.body.data).toMatchObject({ id: paul.id, name: 'Paul', status: 'pending', online: false, documents: [], rejection_reason: null });

    const profile = await api(gw, 'PUT', '/driver/profile', { token: paul.token, body: { vehicle_type: 'motorbike', vehicle_plate: 'LT 1234 A', license_number: 'CM-445566', phone: '670 00 04 01' } });
    expect(profile.status).toBe(200);
    expect(profile.body.data).toMatchObject({ status: 'pending', vehicle_type: 'motorbike', vehicle_plate: 'LT1234A', license_number: 'CM-445566', phone: '+237670000401' });
    const noPlate = await api(gw, 'PUT', '/driver/profile', { token: paul.token, body: { vehicle_type: 'car' } });
    expect(noPlate.status).toBe(400);
    expect(noPlate.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'vehicle_plate' }] });
    expect((await api(gw, 'PUT', '/driver/profile', { token: paul.token, body: { vehicle_type: 'rocket', vehicle_plate: 'X' } })).status).toBe(400);

    // Documents: checked by their bytes, 5 MB at most, of a known type.
    const idCard = await upload(gw, paul.token, 'id_card', 'id.pdf', PDF);
    expect(idCard.status).toBe(201);
    expect(idCard.body.data).toMatchObject({ driver_id: paul.id, type: 'id_card', file_name: 'id.pdf', content_type: 'application/pdf', size_bytes: PDF.length });
    const licence = await upload(gw, paul.token, 'driver_license', 'licence.jpg', JPEG, 'image/jpeg');
    expect(licence.status).toBe(201);
    const fake = await upload(gw, paul.token, 'insurance', 'policy.pdf', Buffer.from('only text pretending to be a PDF'));
    expect(fake.status).toBe(400);
    expect(fake.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'file' }] });
    expect((await upload(gw, paul.token, 'selfie', 'me.pdf', PDF)).body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'type' }] });
    const oversize = await upload(gw, paul.token, 'insurance', 'big.pdf', Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]));
    expect(oversize.status).toBe(400);

    // Not approved yet: no going online, no work.
    const tooSoon = await api(gw, 'PUT', '/driver/availability', { token: paul.token, body: { online: true } });
    expect(tooSoon.status).toBe(422);
    expect(tooSoon.body.error?.code).toBe('DRIVER_NOT_APPROVED');
    expect((await api(gw, 'GET', '/driver/orders/available', { token: paul.token })).body.error?.code).toBe('DRIVER_OFFLINE');

    // The admin finds him in the queue, reads his documents, approves.
    const queue = await api(gw, 'GET', `/admin/drivers?status=pending&q=${encodeURIComponent('LT1234')}`, { token: admin });
    expect(queue.status).toBe(200);
    expect(queue.body.data).toEqual([expect.objectContaining({ id: paul.id, status: 'pending', vehicle_plate: 'LT1234A', online: false })]);
    expect(queue.body.pagination).toMatchObject({ page: 1, total: 1 });
    const detail = await api(gw, 'GET', `/admin/drivers/${paul.id}`, { token: admin });
    expect(detail.status).toBe(200);
    expect(detail.body.data.documents.map((d: { id: string }) => d.id)).toEqual([idCard.body.data.id, licence.body.data.id]);
    const file = await api(gw, 'GET', `/admin/drivers/${paul.id}/documents/${licence.body.data.id}`, { token: admin });
    expect(file.status).toBe(200);
    expect(file.body.data.document).toMatchObject({ type: 'driver_license', content_type: 'image/jpeg' });
    expect(Buffer.from(file.body.data.content_base64, 'base64').equals(JPEG)).toBe(true);

    const approved = await api(gw, 'POST', `/admin/drivers/${paul.id}/approve`, { token: admin });
    expect(approved.status).toBe(200);
    expect(approved.body.data).toMatchObject({ id: paul.id, status: 'approved', reviewed_at: expect.any(String) });
    expect((await api(gw, 'POST', `/admin/drivers/${paul.id}/approve`, { token: admin })).body.error?.code).toBe('INVALID_STATE_TRANSITION');

    const online = await api(gw, 'PUT', '/driver/availability', { token: paul.token, body: { online: true } });
    expect(online.status).toBe(200);
    expect(online.body.data).toMatchObject({ status: 'approved', online: true });
    expect((await api(gw, 'GET', '/driver/orders/available', { token: paul.token })).status).toBe(200);
    const onlineNow = await api(gw, 'GET', `/admin/drivers?online=true&q=${paul.id}`, { token: admin });
    expect(onlineNow.body.data.map((d: { id: string }) => d.id)).toEqual([paul.id]);

    // A suspension takes him offline at once; a reinstatement lets him go online again himself.
    const suspended = await api(gw, 'POST', `/admin/drivers/${paul.id}/suspend`, { token: admin, body: { reason: 'Three late deliveries this week' } });
    expect(suspended.status).toBe(200);
    expect(suspended.body.data).toMatchObject({ status: 'suspended', online: false, suspension_reason: 'Three late deliveries this week' });
    expect((await api(gw, 'GET', '/driver/profile', { token: paul.token })).body.data).toMatchObject({ status: 'suspended', online: false, suspension_reason: 'Three late deliveries this week' });
    expect((await api(gw, 'PUT', '/driver/availability', { token: paul.token, body: { online: true } })).body.error?.code).toBe('DRIVER_NOT_APPROVED');
    expect((await api(gw, 'GET', '/driver/orders/available', { token: paul.token })).body.error?.code).toBe('DRIVER_OFFLINE');
    expect((await api(gw, 'POST', `/admin/drivers/${paul.id}/suspend`, { token: admin, body: {} })).status).toBe(400);

    const reinstated = await api(gw, 'POST', `/admin/drivers/${paul.id}/reinstate`, { token: admin });
    expect(reinstated.body.data).toMatchObject({ status: 'approved', online: false });
    expect((await api(gw, 'PUT', '/driver/availability', { token: paul.token, body: { online: true } })).body.data.online).toBe(true);

    // Every move is in the driver's history: who, when, why.
    const history = (await api(gw, 'GET', `/admin/drivers/${paul.id}`, { token: admin })).body.data.history;
    expect(history.map((h: { action: string; reason: string | null }) => [h.action, h.reason])).toEqual([
      ['approve', null],
      ['suspend', 'Three late deliveries this week'],
      ['reinstate', null],
    ]);
    expect(history.every((h: { actor_role: string; created_at: string }) => h.actor_role === 'admin' && !Number.isNaN(Date.parse(h.created_at)))).toBe(true);
  });

  it('rejects a driver with a reason they see; fixing the profile puts them back in the queue', async () => {
    const gw = gateway();
    const admin = await adminToken();
    const eto = await register('driver', 'Eto');
    await eventually(() => api(gw, 'GET', '/driver/profile', { token: eto.token }), (r) => r.status === 200);

    // Nothing to approve without a vehicle.
    const bare = await api(gw, 'POST', `/admin/drivers/${eto.id}/approve`, { token: admin });
    expect(bare.status).toBe(422);
    expect(bare.body.error?.code).toBe('DRIVER_PROFILE_INCOMPLETE');

    expect((await api(gw, 'PUT', '/driver/profile', { token: eto.token, body: { vehicle_type: 'car', vehicle_plate: 'CE 777 AB' } })).status).toBe(200);
    expect((await api(gw, 'POST', `/admin/drivers/${eto.id}/reject`, { token: admin, body: {} })).status).toBe(400);
    const rejected = await api(gw, 'POST', `/admin/drivers/${eto.id}/reject`, { token: admin, body: { reason: 'The insurance certificate is missing' } });
    expect(rejected.status).toBe(200);
    expect(rejected.body.data).toMatchObject({ status: 'rejected', rejection_reason: 'The insurance certificate is missing' });
    expect((await api(gw, 'GET', '/driver/profile', { token: eto.token })).body.data).toMatchObject({ status: 'rejected', rejection_reason: 'The insurance certificate is missing' });
    expect((await api(gw, 'PUT', '/driver/availability', { token: eto.token, body: { online: true } })).body.error?.code).toBe('DRIVER_NOT_APPROVED');
    const rejectedList = await api(gw, 'GET', '/admin/drivers?status=rejected&limit=100', { token: admin });
    expect(rejectedList.body.data.map((d: { id: string }) => d.id)).toContain(eto.id);

    expect((await upload(gw, eto.token, 'insurance', 'insurance.pdf', PDF)).status).toBe(201);
    expect((await api(gw, 'GET', '/driver/profile', { token: eto.token })).body.data).toMatchObject({ status: 'pending', rejection_reason: null });
    expect((await api(gw, 'POST', `/admin/drivers/${eto.id}/approve`, { token: admin })).body.data.status).toBe('approved');
  });

  it("suspends the driver with the user's account, offline at once", async () => {
    const gw = gateway();
    const admin = await adminToken();
    const kom = await register('driver', 'Kom');
    await eventually(() => api(gw, 'GET', '/driver/profile', { token: kom.token }), (r) => r.status === 200);
    await api(gw, 'PUT', '/driver/profile', { token: kom.token, body: { vehicle_type: 'bicycle' } });
    await api(gw, 'POST', `/admin/drivers/${kom.id}/approve`, { token: admin });
    expect((await api(gw, 'PUT', '/driver/availability', { token: kom.token, body: { online: true } })).body.data.online).toBe(true);

    expect((await api(gw, 'PUT', `/admin/users/${kom.id}/status`, { token: admin, body: { status: 'suspended', reason: 'fraud check' } })).status).toBe(200);
    const seen = await eventually(
      () => api(gw, 'GET', `/admin/drivers/${kom.id}`, { token: admin }),
      (r) => r.body.data?.driver?.status === 'suspended',
    );
    expect(seen.body.data.driver).toMatchObject({ status: 'suspended', online: false, suspension_reason: 'user account suspended' });
    expect(seen.body.data.history.at(-1)).toMatchObject({ action: 'account_suspended', actor_id: null });
  });

  it('refuses /admin/drivers* to everyone but admins, and /driver/profile to non-drivers', async () => {
    const gw = gateway();
    const driver = await register('driver', 'Mbarga');
    const customer = await register('customer', 'Jean');
    const someone = '00000000-0000-4000-8000-000000000000';
    for (const token of [driver.token, customer.token]) {
      for (const [method, path, body] of [
        ['GET', '/admin/drivers', undefined],
        ['GET', `/admin/drivers/${driver.id}`, undefined],
        ['GET', `/admin/drivers/${driver.id}/documents/${someone}`, undefined],
        ['POST', `/admin/drivers/${driver.id}/approve`, undefined],
        ['POST', `/admin/drivers/${driver.id}/reject`, { reason: 'x' }],
        ['POST', `/admin/drivers/${driver.id}/suspend`, { reason: 'x' }],
        ['POST', `/admin/drivers/${driver.id}/reinstate`, undefined],
      ] as const) {
        const res = await api(gw, method, path, { token, body });
        expect([path, res.status]).toEqual([path, 403]);
      }
    }
    expect((await api(gw, 'GET', '/admin/drivers')).status).toBe(401);
    expect((await api(gw, 'PUT', '/driver/profile', { token: customer.token, body: { vehicle_type: 'bicycle' } })).status).toBe(403);
    expect((await upload(gw, customer.token, 'id_card', 'id.pdf', PDF)).status).toBe(403);
    const admin = await adminToken();
    expect((await api(gw, 'GET', `/admin/drivers/${someone}`, { token: admin })).status).toBe(404);
    expect((await api(gw, 'GET', '/admin/drivers/not-a-uuid', { token: admin })).status).toBe(400);
  });
});
