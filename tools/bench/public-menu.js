// Measures GET /public/restaurants/:id/menu through the gateway, the hottest read path: a restaurant
// with a realistic menu (8 categories of 10 items, each item with 3 sizes and 2 modifier groups of
// 4 options), read at a fixed concurrency first uncached (catalog started with an unreachable Redis:
// every read goes to PostgreSQL, the fail-open path), then cached (catalog restarted on Redis).
// Prints throughput, p50/p95/p99 and memory. Starts its own throwaway fleet (database
// platter_bench_menu). Usage:
//   npm run bench:menu -- [--reads 3000] [--concurrency 16] [--categories 8] [--items 10]
const os = require('node:os');
const { Fleet } = require('../fleet/fleet');
const { arg, callWithSize: call, measure, rssMb } = require('./bench-kit');

const READS = arg('reads', 3000);
const CONCURRENCY = arg('concurrency', 16);
const CATEGORIES = arg('categories', 8);
const ITEMS_PER_CATEGORY = arg('items', 10);
const ADMIN = { email: 'admin@platter.local', password: 'bench-admin-password' };
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

function menuImport() {
  const options = (group) => ['A', 'B', 'C', 'D'].map((o, k) => ({ name: `${group} ${o}`, price_delta: k * 100, translations: { en: { name: `${group} ${o} (en)` } } }));
  return {
    categories: Array.from({ length: CATEGORIES }, (_, c) => ({
      name: `Catégorie ${c + 1}`,
      translations: { en: { name: `Category ${c + 1}` } },
      items: Array.from({ length: ITEMS_PER_CATEGORY }, (_, i) => ({
        name: `Plat ${c + 1}.${i + 1} à la crème`,
        price: 2000 + 100 * i,
        description: 'Préparé chaque jour avec des produits du marché de Douala, servi chaud.',
        translations: { en: { name: `Dish ${c + 1}.${i + 1} with cream`, description: 'Made daily with produce from the Douala market, served hot.' } },
        allergens: ['lait', 'arachide'],
        dietary_tags: i % 3 === 0 ? ['vegetarian'] : [],
        prep_time_minutes: 15 + i,
        images: [`https://cdn.example.cm/menu/${c}-${i}.jpg`],
        variants: [
          { name: 'Petit', price: 2000 + 100 * i },
          { name: 'Moyen', price: 2500 + 100 * i },
          { name: 'Grand', price: 3000 + 100 * i, translations: { en: { name: 'Large' } } },
        ],
        modifier_groups: [
          { name: 'Accompagnement', min_choices: 1, max_choices: 1, options: options('Accompagnement') },
          { name: 'Suppléments', min_choices: 0, max_choices: 3, options: options('Supplément') },
        ],
      })),
    })),
  };
}

async function main() {
  const fleet = new Fleet({
    namespace: `benchmenu${Date.now().toString(36)}`,
    database: 'platter_bench_menu',
    fresh: true,
    gatewayPort: 7450,
    // Measures the read path, not the limiter: every call comes from 127.0.0.1.
    env: { LOG_LEVEL: 'warn', RATE_LIMITS_ENABLED: 'false' },
    // Uncached first: an unreachable Redis, so the catalog serves every read from PostgreSQL.
    serviceEnv: { identity: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }, catalog: { REDIS_URL: 'redis://127.0.0.1:1' } },
  });
  console.log('starting a throwaway fleet...');
  await fleet.start();
  const [gw] = fleet.gatewayUrls;
  try {
    const admin = (await call(gw, 'POST', '/auth/login', { body: ADMIN })).data.tokens.access_token;
    const owner = (await call(gw, 'POST', '/auth/register', { body: { email: 'owner@bench.local', password: 'bench-owner-password', name: 'Owner', role: 'restaurant_owner' } })).data.tokens
      .access_token;
    const restaurant = (await call(gw, 'POST', '/restaurant/profile', { token: owner, body: { name: 'Chez Bench', address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 } })).data;
    await call(gw, 'POST', '/restaurant/menu/import', { token: owner, body: menuImport() });
    await call(gw, 'POST', `/admin/restaurants/${restaurant.id}/approve`, { token: admin });
    const path = `/public/restaurants/${restaurant.id}/menu`;
    const sample = await call(gw, 'GET', path);
    const items = sample.data.categories.reduce((n, c) => n + c.items.length, 0);
    console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0].model}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; concurrency ${CONCURRENCY}`);
    console.log(`menu: ${sample.data.categories.length} categories, ${items} items, ${(sample.bytes / 1024).toFixed(0)} KiB of JSON per response`);

    const pids = () => ({ gateway: fleet.procs.get('gateway').child.pid, catalog: fleet.procs.get('catalog').child.pid });
    await measure('GET menu uncached (PostgreSQL)', Math.max(200, Math.round(READS / 4)), () => call(gw, 'GET', path), { concurrency: CONCURRENCY, pids: pids() });
    const memory = (names) => names.map((name) => `${name} ${rssMb(fleet.procs.get(name).child.pid)} MB`).join(', ');
    console.log(`resident memory after the uncached run: ${memory(['gateway', 'catalog'])}`);

    fleet.o.serviceEnv.catalog = { REDIS_URL };
    await fleet.restart('catalog');
    await call(gw, 'GET', path); // fills the cache
    await measure('GET menu cached (Redis)', READS, () => call(gw, 'GET', path), { concurrency: CONCURRENCY, pids: pids() });
    await measure('GET menu cached, ?lang=en', READS, () => call(gw, 'GET', `${path}?lang=en`), { concurrency: CONCURRENCY, pids: pids() });
    console.log(`resident memory after the cached runs: ${memory(['gateway', 'catalog'])}`);
  } finally {
    await fleet.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
