// `npm run dev -- <service>`: runs one service alone, its peers mocked (see mock-peers.js), in its
// own namespace so it never mixes with a running fleet.
const { spawn } = require('node:child_process');
const path = require('node:path');
const { provision, serviceDatabaseUrl } = require('../db/provision');
const { startMockPeers } = require('./mock-peers');

const PORTS = { gateway: 3000, identity: 3101, catalog: 3102, ordering: 3103, dispatch: 3104, payments: 3105, notifications: 3106, marketing: 3107, kitchen: 3108 };

async function main() {
  const service = process.argv[2];
  if (!PORTS[service]) {
    console.error(`usage: npm run dev -- <${Object.keys(PORTS).join('|')}>`);
    process.exit(2);
  }
  const namespace = process.env.PLATTER_NAMESPACE || `dev-${service}`;
  const amqpUrl = process.env.AMQP_URL || 'amqp://guest:guest@127.0.0.1:5672';
  const injectPort = Number(process.env.DEV_INJECT_PORT || 3999);
  const env = { ...process.env, PLATTER_NAMESPACE: namespace, AMQP_URL: amqpUrl, PORT: String(process.env.PORT || PORTS[service]), LOG_LEVEL: process.env.LOG_LEVEL || 'debug' };
  if (service !== 'gateway') {
    const database = process.env.PLATTER_DATABASE || 'platter_dev';
    await provision({ adminUrl: process.env.PROVISION_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres', database, services: [service] });
    env.DATABASE_URL = serviceDatabaseUrl({ database, service });
  }
  const peers = await startMockPeers({ amqpUrl, namespace, except: service, injectPort });
  const child = spawn(process.execPath, [path.resolve(__dirname, `../../dist/apps/${service}/src/main.js`)], { env, stdio: 'inherit' });
  const stop = async () => {
    child.kill('SIGTERM');
    await peers.close();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', async (code) => {
    await peers.close();
    process.exit(code ?? 0);
  });
}

if (require.main === module) {
  main().catch((err) => {
    console.error(`dev mode failed: ${err.message}`);
    process.exit(1);
  });
}

module.exports = { PORTS };
