// One-shot provisioning before the services start: the database (roles, schemas) and the broker
// (exchange, every service's queues and bindings). Used by docker-compose and the Kubernetes Job.
const { provision } = require('./db/provision');
const { declareTopology } = require('./broker/declare-topology');

async function main() {
  await provision({
    adminUrl: process.env.PROVISION_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
    database: process.env.PLATTER_DATABASE || 'platter',
    log: (m) => console.log(`provision: ${m}`),
  });
  await declareTopology({
    amqpUrl: process.env.AMQP_URL || 'amqp://guest:guest@127.0.0.1:5672',
    namespace: process.env.PLATTER_NAMESPACE || 'platter',
    log: (m) => console.log(`topology: ${m}`),
  });
}

main().catch((err) => {
  console.error(`provision failed: ${err.message}`);
  process.exit(1);
});
