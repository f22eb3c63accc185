import { maskSecret, SECRET_MASK } from './mask-secret';

describe('maskSecret', () => {
  it.each(['DB_PASSWORD', 'CLIENT_SECRET', 'API_KEY', 'jwt_token'])('hides the whole value of %s', (name) => {
    expect(maskSecret(name, 'plain')).toBe(SECRET_MASK);
  });

  it('hides only the password of a URL', () => {
    expect(maskSecret('DATABASE_URL', 'postgres://platter_ordering:pw@db:5432/platter')).toBe(
      'postgres://platter_ordering:****@db:5432/platter',
    );
    expect(maskSecret('AMQP_URL', 'amqps://guest:p@ss@rabbit/vhost')).toBe('amqps://guest:****@rabbit/vhost');
  });

  it('leaves values without credentials alone', () => {
    expect(maskSecret('AMQP_URL', 'amqp://rabbit:5672')).toBe('amqp://rabbit:5672');
    expect(maskSecret('DATABASE_URL', 'postgres://user@db/platter')).toBe('postgres://user@db/platter');
    expect(maskSecret('PORT', 'abc')).toBe('abc');
  });
});
