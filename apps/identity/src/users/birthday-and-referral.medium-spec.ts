// Loyalty's data in identity: a birthday and a referral code at sign-up, the birthday on PUT /users/me,
// both carried to ordering's loyalty in user.registered / user.profile-updated; erasure drops it.
import { DataSource } from 'typeorm';
import { Actor, RpcRequest } from '@platter/contracts';
import { ThrowawaySchema, createThrowawaySchema, rejection } from '@platter/testing';
import { IdentityConfig } from '../identity.config';
import { identityEntities } from '../identity.module';
import { identityMigrations } from '../migrations';
import { IdentityServices, identityServices } from '../testing/identity-services';
import { UpdateMeRpc } from './commands/update-me/update-me.rpc';
import { GetMeRpc } from './queries/get-me/get-me.rpc';

const password = 'correct horse battery';
const as = <D>(actor: Actor | null, data: D): RpcRequest<D> => ({ actor, data });

describe('birthday and referral code (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  let dataSource: DataSource;
  let services: IdentityServices;
  let updateMe: UpdateMeRpc;
  let me: GetMeRpc;

  const payloadsOf = async (routingKey: string, userId: string) =>
    (
      (await dataSource.query(
        `SELECT envelope FROM outbox WHERE routing_key = $1 AND envelope->'payload'->>'user_id' = $2 ORDER BY created_at, id`,
        [routingKey, userId],
      )) as { envelope: { payload: Record<string, unknown> } }[]
    ).map((r) => r.envelope.payload);

  beforeAll(async () => {
    db = await createThrowawaySchema('identity', { entities: identityEntities, migrations: identityMigrations });
    dataSource = db.dataSource;
    services = await identityServices(db, new IdentityConfig());
    updateMe = services.get(UpdateMeRpc);
    me = services.get(GetMeRpc);
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('keeps the birthday and passes it and the (upper-cased) referral code on in user.registered', async () => {
    const { user } = await services.register.register({ email: 'bday@example.cm', password, name: 'Awa', birthday: '1995-04-23', referral_code: ' k7qh2mxp ' });
    const [registered] = await payloadsOf('user.registered', user.id);
    expect(registered).toMatchObject({ user_id: user.id, birthday: '1995-04-23', referral_code: 'K7QH2MXP' });
    const current = await me.me(as({ user_id: user.id, role: 'customer' }, {}));
    expect(current.birthday).toBe('1995-04-23');
  });

  it('signs up with a malformed referral code, passing none on; refuses a birthday under 13', async () => {
    const { user } = await services.register.register({ email: 'nocode@example.cm', password, name: 'Bea', referral_code: 'not a code!' });
    const [registered] = await payloadsOf('user.registered', user.id);
    expect(registered).not.toHaveProperty('referral_code');
    expect(registered).not.toHaveProperty('birthday');
    const young = new Date();
    const err = await rejection(
      services.register.register({ email: 'young@example.cm', password, name: 'Kid', birthday: `${young.getUTCFullYear() - 5}-01-01` }),
    );
    expect(err).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'birthday' }] });
  });

  it('changes the birthday on PUT /users/me and announces it; null removes it', async () => {
    const { user } = await services.register.register({ email: 'later@example.cm', password, name: 'Cole' });
    const actor: Actor = { user_id: user.id, role: 'customer' };
    expect((await updateMe.update(as(actor, { birthday: '1988-02-29' }))).birthday).toBe('1988-02-29');
    // The same value again changes nothing and announces nothing.
    await updateMe.update(as(actor, { birthday: '1988-02-29' }));
    expect((await updateMe.update(as(actor, { birthday: null }))).birthday).toBeNull();
    expect((await payloadsOf('user.profile-updated', user.id)).map((p) => p.birthday)).toEqual(['1988-02-29', null]);
    const err = await rejection(Promise.resolve().then(() => updateMe.update(as(actor, { birthday: '1988-02-30' }))));
    expect(err).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'birthday' }] });
  });
});
