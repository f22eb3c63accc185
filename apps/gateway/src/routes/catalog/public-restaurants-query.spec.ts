import { PlatterError } from '@platter/contracts';
import { createValidationPipe } from '../../../http/validation';
import { PublicRestaurantsQueryDto } from './public-restaurants-query.dto';

const pipe = createValidationPipe();
const check = (query: Record<string, string>) => pipe.transform(query, { type: 'query', metatype: PublicRestaurantsQueryDto });

describe('PublicRestaurantsQueryDto', () => {
  it('reads a point from the query string', async () => {
    await expect(check({ lat: '4.05', lng: '9.7', delivers: 'true' })).resolves.toMatchObject({ lat: 4.05, lng: 9.7 });
  });

  it('does not take an empty or non-numeric coordinate for 0', async () => {
    for (const bad of [{ lat: '', lng: '9.7' }, { lat: 'abc', lng: '9.7' }, { lat: '4.05', lng: ' ' }]) {
      const err = (await check(bad).then(() => null, (e: unknown) => e)) as PlatterError | null;
      expect(err?.code).toBe('VALIDATION_ERROR');
    }
  });
});
