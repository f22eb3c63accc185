// Declares the events exchange and every service's durable queue, dead-letter queue and bindings
// (SUBSCRIPTIONS in libs/contracts) before any service starts, so no event published during a
// first start-up misses a consumer that has not declared its queue yet. Idempotent. Needs a build.
const amqp = require('amqplib');
const { SUBSCRIPTIONS } = require('../../dist/libs/contracts/src');
const { Topology } = require('../../dist/libs/messaging/src');

async function declareTopology({ amqpUrl, namespace, log = () => {} }) {
  const conn = await amqp.connect(amqpUrl);
  try {
    const ch = await conn.createChannel();
    for (const [service, routingKeys] of Object.entries(SUBSCRIPTIONS)) {
      const t = new Topology(namespace, service);
      await ch.assertExchange(t.eventsExchange, 'topic', { durable: true });
      await ch.assertQueue(t.eventsQueue, { durable: true });
      await ch.assertQueue(t.deadLetterQueue, { durable: true });
      for (const key of routingKeys) await ch.bindQueue(t.eventsQueue, t.eventsExchange, key);
      log(`${t.eventsQueue} ← ${routingKeys.join(', ')}`);
    }
    await ch.close();
  } finally {
    await conn.close();
  }
}

module.exports = { declareTopology };

if (require.main === module) {
  const amqpUrl = process.env.AMQP_URL || 'amqp://guest:guest@127.0.0.1:5672';
  declareTopology({ amqpUrl, namespace: process.env.PLATTER_NAMESPACE || 'platter', log: (m) => console.log(`topology: ${m}`) }).catch((err) => {
    console.error(`declare-topology failed: ${err.message}`);
    process.exit(1);
  });
}
