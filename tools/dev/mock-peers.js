// Stands in for every service but one: answers their RPC queues from the contract fixtures in
// libs/contracts/fixtures/rpc, mints real ES256 tokens for identity's auth calls (so the gateway's
// JWT guard works unchanged), and publishes events you inject over HTTP.
const amqp = require('amqplib');
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const FIXTURES = path.resolve(__dirname, '../../libs/contracts/fixtures');
const ALL = ['identity', 'catalog', 'ordering', 'dispatch', 'payments', 'notifications', 'marketing', 'kitchen'];

function fixture(kind, name) {
  const file = path.join(FIXTURES, kind, `${name}.json`);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

function envelope(type, payload, producer) {
  const id = crypto.randomUUID();
  return { id, type, version: 1, occurred_at: new Date().toISOString(), producer, correlation_id: id, payload };
}

async function createTokenMinter() {
  const jose = require('jose');
  const { publicKey, privateKey } = await jose.generateKeyPair('ES256', { extractable: true });
  const kid = `dev-${crypto.randomUUID().slice(0, 8)}`;
  const jwk = { ...(await jose.exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
  const mint = (user) =>
    new jose.SignJWT({ role: user.role, email: user.email, sid: crypto.randomUUID() })
      .setProtectedHeader({ alg: 'ES256', kid })
      .setSubject(user.id)
      .setIssuer('platter-identity')
      .setAudience('platter')
      .setIssuedAt()
      .setExpirationTime('12h')
      .sign(privateKey);
  return { jwks: { keys: [jwk] }, mint };
}

/** Answers identity.* with minted tokens; everything else from fixtures. */
async function answer(pattern, request, tokens) {
  const data = request?.data ?? {};
  if (pattern === 'identity.auth.jwks') return tokens.jwks;
  if (pattern === 'identity.auth.register' || pattern === 'identity.auth.login') {
    const user = {
      ...fixture('rpc', 'identity.users.me'),
      email: data.email,
      role: data.role ?? (/admin/.test(data.email ?? '') ? 'admin' : /owner/.test(data.email ?? '') ? 'restaurant_owner' : 'customer'),
    };
    const access = await tokens.mint(user);
    return { user, tokens: { access_token: access, refresh_token: crypto.randomBytes(32).toString('base64url'), expires_in: 43200, token_type: 'Bearer' } };
  }
  const value = fixture('rpc', pattern);
  if (value === undefined) throw { code: 'NOT_FOUND', message: `dev mode: no fixture for ${pattern} (add libs/contracts/fixtures/rpc/${pattern}.json)` };
  return value;
}

async function startMockPeers({ amqpUrl, namespace, except, injectPort, log = console.log }) {
  const tokens = await createTokenMinter();
  const conn = await amqp.connect(amqpUrl, { noDelay: true });
  const ch = await conn.createChannel();
  const peers = ALL.filter((s) => s !== except);
  for (const service of peers) {
    const queue = `${namespace}.${service}.rpc`;
    await ch.assertQueue(queue, { durable: true });
    await ch.consume(queue, async (msg) => {
      if (!msg) return;
      let reply;
      try {
        const env = JSON.parse(msg.content.toString());
        reply = { ok: true, data: await answer(env.type, env.payload, tokens) };
      } catch (err) {
        reply = { ok: false, error: { code: err.code ?? 'INTERNAL_ERROR', message: err.message ?? String(err) } };
      }
      if (msg.properties.replyTo) ch.sendToQueue(msg.properties.replyTo, Buffer.from(JSON.stringify(reply)), { correlationId: msg.properties.correlationId });
      ch.ack(msg);
    });
  }
  const exchange = `${namespace}.events`;
  await ch.assertExchange(exchange, 'topic', { durable: true });
  const server = http.createServer((req, res) => {
    const match = /^\/events\/([\w.-]+)$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) {
      res.writeHead(404).end(JSON.stringify({ error: 'POST /events/<type> with a JSON payload (or none, for the fixture)' }));
      return;
    }
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      try {
        const payload = body.trim() ? JSON.parse(body) : fixture('events', match[1]);
        if (payload === undefined) throw new Error(`no payload and no fixture libs/contracts/fixtures/events/${match[1]}.json`);
        const env = envelope(match[1], payload, 'dev-injector');
        ch.publish(exchange, match[1], Buffer.from(JSON.stringify(env)), { persistent: true, messageId: env.id, type: match[1], contentType: 'application/json' });
        res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify({ published: env }));
      } catch (err) {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: err.message }));
      }
    });
  });
  await new Promise((r) => server.listen(injectPort, '127.0.0.1', r));
  log(`mock peers: answering ${peers.join(', ')} from fixtures; inject events with POST http://127.0.0.1:${injectPort}/events/<type>`);
  return {
    tokens,
    async close() {
      server.close();
      await conn.close().catch(() => undefined);
    },
  };
}

module.exports = { startMockPeers, createTokenMinter };
