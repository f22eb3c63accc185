import { api, eventually } from './support/http-client';
import { E2E_ADMIN, useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A multipart upload as a browser form sends it. */
async function upload(gw: string, token: string, kind: string, fileName: string, bytes: Buffer, type = 'application/pdf') {
  const form = new FormData();
  form.set('kind', kind);
  form.set('file', new Blob([new Uint8Array(bytes)], { type }), fileName);
  const res = await fetch(`${gw}/api/v1/restaurant/documents`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: res.status, body: (await res.json()) as any };
}

describe('catalog onboarding: application, KYC documents, review, suspension', () => {
  const { gateway } = useTestFleet({
    namespace: `e2eonb${run}`,
    database: 'platter_e2e_onboarding',
    gatewayPort: 7000,
    env: { RATE_LIMITS_ENABLED: 'false', RETRY_DELAYS_MS: '200,500' },
  });

  it('takes an owner from application to approval through a rejection, and a suspension stops orders', async () => {
    const gw = gateway();
    const register = async (email: string, role?: string) => {
      const res = await api(gw, 'POST', '/auth/register', { body: { email, password: 'a-long-password-1', name: 'E2E', ...(role ? { role } : {}) } });
      expect(res.status).toBe(201);
      return res.body.data.tokens.access_token as string;
    };
    const owner = await register(`owner-${run}@example.cm`, 'restaurant_owner');
    const customer = await register(`customer-${run}@example.cm`);
    const admin = (await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN })).body.data.tokens.access_token as string;

    // The owner applies.
    const applied = await api(gw, 'POST', '/restaurant/profile', { token: owner, body: { name: `Chez Élodie ${run}`, address: 'Akwa, Douala', phone: '670 00 00 00' } });
    expect(applied.status).toBe(201);
    expect(applied.body.data).toMatchObject({ status: 'pending', slug: `chez-elodie-${run}`, phone: '+237670000000', subscription_plan: 'basic', commission_rate: 0.15 });
    const id = applied.body.data.id as string;
    const item = await api(gw, 'POST', '/restaurant/menu/items', { token: owner, body: { name: 'Ndolé', price: 2500 } });
    expect(item.status).toBe(201);

    // KYC documents: a real PDF is kept; a file that only claims to be one, or too big, is a 400.
    const uploaded = await upload(gw, owner, 'business_license', 'licence.pdf', PDF);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.data).toMatchObject({ restaurant_id: id, kind: 'business_license', content_type: 'application/pdf', size_bytes: PDF.length });
    const fake = await upload(gw, owner, 'business_license', 'licence.pdf', Buffer.from('just some text, not a PDF'));
    expect(fake.status).toBe(400);
    expect(fake.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'file' }] });
    const oversize = await upload(gw, owner, 'business_license', 'big.pdf', Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]));
    expect(oversize.status).toBe(400);
    expect(oversize.body.error?.code).toBe('VALIDATION_ERROR');
    const notMultipart = await api(gw, 'POST', '/restaurant/documents', { token: owner, body: { kind: 'other' } });
    expect(notMultipart.status).toBe(400);
    const mine = await api(gw, 'GET', '/restaurant/documents', { token: owner });
    expect(mine.body.data).toEqual([uploaded.body.data]);

    // The admin sees it among the pending applications, with its document, and reads the document.
    const pending = await api(gw, 'GET', '/admin/restaurants?status=pending&page=1&limit=100', { token: admin });
    expect(pending.status).toBe(200);
    expect(pending.body.data.map((r: { id: string }) => r.id)).toContain(id);
    expect(pending.body.pagination).toMatchObject({ page: 1, limit: 100 });
    expect((await api(gw, 'GET', '/admin/restaurants?status=pending', { token: owner })).status).toBe(403);
    const detail = await api(gw, 'GET', `/admin/restaurants/${id}`, { token: admin });
    expect(detail.body.data.documents).toEqual([uploaded.body.data]);
    const content = await api(gw, 'GET', `/admin/restaurants/${id}/documents/${uploaded.body.data.id}`, { token: admin });
    expect(Buffer.from(content.body.data.content_base64, 'base64').equals(PDF)).toBe(true);

    // Rejected with a reason the owner sees; it cannot be approved as it is.
    const rejected = await api(gw, 'POST', `/admin/restaurants/${id}/reject`, { token: admin, body: { reason: 'The licence is expired' } });
    expect(rejected.status).toBe(200);
    expect(rejected.body.data.status).toBe('rejected');
    expect((await api(gw, 'POST', `/admin/restaurants/${id}/reject`, { token: admin, body: {} })).status).toBe(400);
    const seen = await api(gw, 'GET', '/restaurant/profile', { token: owner });
    expect(seen.body.data).toMatchObject({ status: 'rejected', rejection_reason: 'The licence is expired' });
    const early = await api(gw, 'POST', `/admin/restaurants/${id}/approve`, { token: admin });
    expect(early.status).toBe(422);
    expect(early.body.error?.code).toBe('INVALID_STATE_TRANSITION');

    // The owner fixes the profile, uploads a new licence and re-applies; the admin approves.
    const edited = await api(gw, 'PUT', '/restaurant/profile', {
      token: owner,
      body: {
        description: 'Cuisine camerounaise',
        cuisine_tags: ['Cameroonian'],
        // Open whenever this test runs (ordering refuses orders outside the hours), split on Fridays.
        opening_hours: { ...Object.fromEntries(['sun', 'mon', 'tue', 'wed', 'thu', 'sat'].map((d) => [d, [['00:00', '24:00']]])), fri: [['00:00', '12:00'], ['12:00', '24:00']] },
        hours_exceptions: [{ date: '2099-12-25', hours: [] }],
        translations: { en: { name: 'At Élodie' }, fr: { name: 'Chez Élodie' } },
      },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.data).toMatchObject({ description: 'Cuisine camerounaise', cuisine_tags: ['cameroonian'], opening_hours: { fri: [['00:00', '12:00'], ['12:00', '24:00']] } });
    expect((await api(gw, 'PUT', '/restaurant/profile', { token: owner, body: { slug: 'Not A Slug' } })).status).toBe(400);
    expect((await upload(gw, owner, 'business_license', 'licence-2026.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'image/png')).status).toBe(201);
    const reapplied = await api(gw, 'POST', '/restaurant/profile/reapply', { token: owner });
    expect(reapplied.status).toBe(200);
    expect(reapplied.body.data).toMatchObject({ status: 'pending', rejection_reason: null });
    const approved = await api(gw, 'POST', `/admin/restaurants/${id}/approve`, { token: admin });
    expect(approved.status).toBe(200);
    expect(approved.body.data.status).toBe('approved');
    expect((await api(gw, 'GET', `/public/restaurants/${id}`)).status).toBe(200);

    // The owner asks for the premium plan: its lower commission applies once an admin confirms it was paid.
    const plans = await api(gw, 'GET', '/restaurant/subscription/plans', { token: owner });
    expect(plans.body.data.map((p: { plan: string }) => p.plan)).toEqual(['basic', 'premium', 'enterprise']);
    const upgraded = await api(gw, 'POST', '/restaurant/subscription/upgrade', { token: owner, body: { plan: 'premium' } });
    expect(upgraded.status).toBe(200);
    expect(upgraded.body.data).toMatchObject({ plan: 'basic', commission_rate: 0.15, requested_plan: 'premium' });
    expect((await api(gw, 'POST', `/admin/restaurants/${id}/subscription/confirm`, { token: owner })).status).toBe(403);
    const confirmed = await api(gw, 'POST', `/admin/restaurants/${id}/subscription/confirm`, { token: admin });
    expect(confirmed.body.data).toMatchObject({ plan: 'premium', commission_rate: 0.12, requested_plan: null });
    // Back to basic (a higher commission) applies at once.
    const downgraded = await api(gw, 'POST', '/restaurant/subscription/upgrade', { token: owner, body: { plan: 'basic' } });
    expect(downgraded.body.data).toMatchObject({ plan: 'basic', commission_rate: 0.15, requested_plan: null });

    // Orders are taken while it is approved...
    const order = { restaurant_id: id, items: [{ menu_item_id: item.body.data.id, quantity: 1 }], delivery_type: 'pickup', payment_method: 'cash' };
    const placed = await eventually(
      () => api(gw, 'POST', '/client/orders', { token: customer, body: order }),
      (r) => r.status !== 422,
    );
    expect(placed.status).toBe(201);

    // ...and no longer once an admin suspends it, which also hides it from the public.
    const suspended = await api(gw, 'POST', `/admin/restaurants/${id}/suspend`, { token: admin, body: { reason: 'Hygiene complaint' } });
    expect(suspended.status).toBe(200);
    expect(suspended.body.data).toMatchObject({ status: 'suspended', rejection_reason: 'Hygiene complaint' });
    expect((await api(gw, 'GET', `/public/restaurants/${id}`)).status).toBe(404);
    const listed = await api(gw, 'GET', '/public/restaurants?page=1&limit=100');
    expect(listed.body.data.map((r: { id: string }) => r.id)).not.toContain(id);
    const refused = await eventually(
      () => api(gw, 'POST', '/client/orders', { token: customer, body: order }),
      (r) => r.status === 422,
    );
    expect(refused.body.error?.code).toBe('RESTAURANT_NOT_AVAILABLE');
    expect((await api(gw, 'POST', `/admin/restaurants/${id}/suspend`, { token: admin, body: { reason: 'again' } })).status).toBe(422);
  }, 120_000);
});
