// `npm run migrate -- <service|all>`: runs pending migrations of one service (or all) and exits.
// Services also migrate at start-up; this is for deploys that migrate as a separate step.
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { provision, serviceDatabaseUrl, SERVICES_WITH_DATA } = require('./db/provision');

async function main() {
  const which = process.argv[2] || 'all';
  const services = which === 'all' ? SERVICES_WITH_DATA : [which];
  if (!services.every((s) => SERVICES_WITH_DATA.includes(s))) {
    console.error(`usage: npm run migrate -- <all|${SERVICES_WITH_DATA.join('|')}>`);
    process.exit(2);
  }
  const database = process.env.PLATTER_DATABASE || 'platter';
  if (!process.env.DATABASE_URL) await provision({ adminUrl: process.env.PROVISION_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres', database, services });
  for (const service of services) {
    const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL || serviceDatabaseUrl({ database, service }), DATABASE_SCHEMA: service };
    const r = spawnSync(process.execPath, [path.join(__dirname, '..', 'dist', 'apps', service, 'src', 'main.js'), 'migrate'], { env, stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
