// Creates the fleet's database, and for each service a login role that owns one schema and can
// touch nothing else. Idempotent; run as a superuser (PROVISION_DATABASE_URL).
const { Client } = require('pg');

const SERVICES_WITH_DATA = ['identity', 'catalog', 'ordering', 'dispatch', 'payments', 'notifications', 'marketing', 'kitchen'];

function passwordFor(service, env = process.env) {
  return env[`DB_PASSWORD_${service.toUpperCase()}`] || `dev-${service}`;
}

function ident(name) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe identifier: ${name}`);
  return `"${name}"`;
}

function literal(value) {
  return `'${String(value).replace(/'/g, "''")}'`;
}

async function provision({ adminUrl, database, services = SERVICES_WITH_DATA, env = process.env, log = () => {} }) {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!exists.rowCount) {
      await admin.query(`CREATE DATABASE ${ident(database)}`);
      log(`created database ${database}`);
    }
    await admin.query(`REVOKE ALL ON DATABASE ${ident(database)} FROM PUBLIC`);
    for (const service of services) {
      const role = `platter_${service}`;
      const has = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      const verb = has.rowCount ? 'ALTER' : 'CREATE';
      await admin.query(`${verb} ROLE ${ident(role)} LOGIN PASSWORD ${literal(passwordFor(service, env))}`);
      await admin.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${ident(database)} TO ${ident(role)}`);
    }
  } finally {
    await admin.end();
  }
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${database}`;
  const db = new Client({ connectionString: dbUrl.toString() });
  await db.connect();
  try {
    await db.query('REVOKE ALL ON SCHEMA public FROM PUBLIC');
    await createSearchExtensions(db, ['platter_catalog'].filter((role) => services.includes(role.slice('platter_'.length))));
    for (const service of services) {
      const role = `platter_${service}`;
      await db.query(`CREATE SCHEMA IF NOT EXISTS ${ident(service)} AUTHORIZATION ${ident(role)}`);
      await db.query(`ALTER SCHEMA ${ident(service)} OWNER TO ${ident(role)}`);
      await db.query(`REVOKE ALL ON SCHEMA ${ident(service)} FROM PUBLIC`);
      await db.query(`ALTER ROLE ${ident(role)} IN DATABASE ${ident(database)} SET search_path = ${ident(service)}`);
      log(`schema ${service} owned by ${role}`);
    }
  } finally {
    await db.end();
  }
}

/**
 * Catalog search needs pg_trgm (fuzzy matching) and unaccent (French accents), which only a superuser
 * may create. They live in their own schema, `extensions`, that the given roles may use but not
 * change; callers qualify them (`extensions.similarity`, `OPERATOR(extensions.<%)`) since each
 * service's search_path holds its own schema only. libs/testing's createThrowawaySchema does the same.
 */
async function createSearchExtensions(db, roles) {
  await db.query('CREATE SCHEMA IF NOT EXISTS extensions');
  await db.query('REVOKE ALL ON SCHEMA extensions FROM PUBLIC');
  await db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA extensions');
  await db.query('CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA extensions');
  for (const role of roles) await db.query(`GRANT USAGE ON SCHEMA extensions TO ${ident(role)}`);
}

/** The URL a service uses: its own role, the fleet's database. */
function serviceDatabaseUrl({ host = '127.0.0.1', port = 5432, database, service, env = process.env }) {
  return `postgres://platter_${service}:${encodeURIComponent(passwordFor(service, env))}@${host}:${port}/${database}`;
}

async function dropDatabase({ adminUrl, database }) {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${ident(database)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

module.exports = { provision, serviceDatabaseUrl, dropDatabase, passwordFor, createSearchExtensions, SERVICES_WITH_DATA };

if (require.main === module) {
  const adminUrl = process.env.PROVISION_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = process.env.PLATTER_DATABASE || 'platter';
  provision({ adminUrl, database, log: (m) => console.log(`provision: ${m}`) }).catch((err) => {
    console.error(`provision failed: ${err.message}`);
    process.exit(1);
  });
}
