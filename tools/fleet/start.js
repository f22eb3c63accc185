// `npm start`: nine services and two gateway instances, migrated, with demo data; prints where
// to reach them, restarts any that crashes (1 s, doubling to 30 s) and stops them all on Ctrl-C.
const { Fleet } = require('./fleet');
const { loadDemoData } = require('./demo-data');

async function main() {
  const password = process.env.PLATTER_DEMO_PASSWORD || 'platter-demo';
  const gatewayPort = Number(process.env.GATEWAY_PORT || 3000);
  const fleet = new Fleet({
    namespace: process.env.PLATTER_NAMESPACE || 'platter',
    database: process.env.PLATTER_DATABASE || 'platter',
    gatewayPort,
    gateways: 2,
    // A crashed service comes back (with backoff), as it would under Kubernetes.
    restartOnCrash: true,
    serviceEnv: {
      identity: { ADMIN_EMAIL: 'admin@platter.local', ADMIN_PASSWORD: password },
      // The gateway allows no cross-origin browser calls unless told: the local fleet lets a web app
      // served by a dev server on this machine call it (CORS_ORIGINS overrides).
      gateway: { CORS_ORIGINS: process.env.CORS_ORIGINS || 'http://localhost:5173,http://127.0.0.1:5173,http://localhost:4200,http://localhost:8080' },
    },
  });
  console.log('Starting the fleet (nine services and two gateways)...');
  await fleet.start();
  const stop = async () => {
    console.log('\nStopping the fleet...');
    await fleet.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const [gateway] = fleet.gatewayUrls;
  const { restaurant } = await loadDemoData(gateway, password);
  console.log(`
Platter is up.
  Gateway:        ${gateway}/api/v1   (second instance: ${fleet.gatewayUrls[1]}/api/v1)
  API docs:       ${gateway}/api/docs
  Health:         ${gateway}/health
  Socket.IO:      ${gateway}  (path /socket.io, auth: { token })
  Logs:           ${fleet.o.logDir}

Demo logins (password: ${password}):
  admin           admin@platter.local
  restaurant      owner@platter.local     (restaurant "${restaurant.name}", ${restaurant.id}; coupon BIENVENUE, 19.25 % tax)
  customer        customer@platter.local  (25,000 XAF in the wallet: pay with "wallet" or "cash")
  driver          driver@platter.local
Card and mobile-money payments need provider keys (CAMPAY_*, NOUPAY_*, STRIPE_*, PAYMOB_*: docs/ordering-payments.md).

Press Ctrl-C to stop.`);
}

main().catch((err) => {
  console.error(`npm start failed: ${err.message}`);
  process.exit(1);
});
