import { CreateMenuItemRequest, PlatterError, PublicRestaurantsRequest } from '@platter/contracts';
import { createValidationPipe, validData } from '@platter/service-kit';

const pipe = createValidationPipe();
const check = (query: Record<string, string>) => pipe.transform(query, { type: 'query', metatype: PublicRestaurantsRequest });
const refusal = (run: () => unknown): Promise<PlatterError | null> =>
  Promise.resolve().then(run).then(() => null, (e: unknown) => e as PlatterError);

describe('PublicRestaurantsRequest', () => {
  it('reads a point from the query string', async () => {
    await expect(check({ lat: '4.05', lng: '9.7', delivers: 'true' })).resolves.toMatchObject({ lat: 4.05, lng: 9.7 });
  });

  it('does not take an empty or non-numeric coordinate for 0', async () => {
    for (const bad of [{ lat: '', lng: '9.7' }, { lat: 'abc', lng: '9.7' }, { lat: '4.05', lng: ' ' }]) {
      const err = (await check(bad).then(() => null, (e: unknown) => e)) as PlatterError | null;
      expect(err?.code).toBe('VALIDATION_ERROR');
    }
  });

  it('is what catalog checks too: what the gateway forwards passes again', async () => {
    const forwarded = await check({ lat: '4.05', lng: '9.7', cuisine: 'grill,cameroonian', open_now: '1' });
    expect(validData(PublicRestaurantsRequest, JSON.parse(JSON.stringify(forwarded)))).toMatchObject({ lat: 4.05, lng: 9.7, cuisine: ['grill', 'cameroonian'], open_now: true });
  });
});

describe('one request class for the gateway and catalog', () => {
  it('refuses the same bad menu item with the same field errors at the edge and in the service', async () => {
    const bad = { name: '', price: -1, variants: [{ name: 'Grand', price: 1.5 }], translations: { en: { name: '' } } };
    const atEdge = await refusal(() => pipe.transform(bad, { type: 'body', metatype: CreateMenuItemRequest }));
    const inService = await refusal(() => validData(CreateMenuItemRequest, bad));
    const fields = (e: PlatterError | null) => [...new Set((e?.details ?? []).map((d) => d.field))].sort();
    expect(atEdge?.code).toBe('VALIDATION_ERROR');
    expect(inService?.code).toBe('VALIDATION_ERROR');
    expect(fields(atEdge)).toEqual(['name', 'price', 'translations.en.name', 'variants.0.price']);
    expect(fields(inService)).toEqual(fields(atEdge));
  });
});
