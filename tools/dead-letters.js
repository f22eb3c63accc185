// `npm run dead-letters -- list <service> [limit]` and `npm run dead-letters -- replay <service> [messageId...]`.
// Requires a build (npm run build); talks to RabbitMQ at AMQP_URL in PLATTER_NAMESPACE.
const amqp = require('amqplib');
const { DeadLetterAdmin } = require('../dist/libs/messaging/src');

async function main() {
  const [command, service, ...rest] = process.argv.slice(2);
  if (!['list', 'replay'].includes(command) || !service) {
    console.error('usage: npm run dead-letters -- list <service> [limit] | replay <service> [messageId...]');
    process.exit(2);
  }
  const conn = await amqp.connect(process.env.AMQP_URL || 'amqp://guest:guest@127.0.0.1:5672');
  try {
    const admin = new DeadLetterAdmin(conn, process.env.PLATTER_NAMESPACE || 'platter');
    if (command === 'list') {
      const letters = await admin.list(service, Number(rest[0] || 100));
      console.log(JSON.stringify(letters, null, 2));
      console.log(`${letters.length} dead letter(s) in ${service}`);
    } else {
      const n = await admin.replay(service, rest.length ? rest : undefined);
      console.log(`replayed ${n} message(s) into ${service}'s queue`);
    }
  } finally {
    await conn.close();
  }
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
