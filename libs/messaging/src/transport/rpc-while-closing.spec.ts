import type * as amqp from 'amqplib';
import { AmqpConnection } from '../connection/amqp-connection';
import { createEnvelope } from '../envelope';
import { Topology } from '../topology';
import { RabbitTransport } from './rabbit-transport';

// An RPC delivered after close() began (its prefetch buffer, or before the cancel reached the broker)
// is given back to the queue for another replica, never answered from a process going away.

function fakeChannel() {
  return { ack: jest.fn(), nack: jest.fn(), sendToQueue: jest.fn(), cancel: jest.fn(), close: jest.fn() };
}

function rpcDelivery(): amqp.ConsumeMessage {
  const envelope = createEnvelope({ type: 'ordering.orders.get', version: 1, producer: 'gateway', payload: { actor: null, data: {} } });
  return {
    content: Buffer.from(JSON.stringify(envelope)),
    fields: { deliveryTag: 7, redelivered: false, exchange: '', routingKey: 'ns.ordering.rpc', consumerTag: 'c1' },
    properties: { replyTo: 'amq.rabbitmq.reply-to.x', correlationId: envelope.id, headers: {} },
  } as unknown as amqp.ConsumeMessage;
}

describe('RabbitTransport while closing', () => {
  it('nacks an RPC with requeue instead of answering it', async () => {
    const transport = new RabbitTransport({
      connection: new AmqpConnection({ url: 'amqp://127.0.0.1:1', name: 'unit' }),
      topology: new Topology('ns', 'ordering'),
      prefetch: 1,
      retryDelaysMs: [],
      serveRpc: true,
    });
    await transport.close();
    const ch = fakeChannel();
    const msg = rpcDelivery();

    await (transport as unknown as { onRpc(ch: unknown, msg: amqp.ConsumeMessage): Promise<void> }).onRpc(ch, msg);

    expect(ch.nack).toHaveBeenCalledWith(msg, false, true);
    expect(ch.sendToQueue).not.toHaveBeenCalled();
    expect(ch.ack).not.toHaveBeenCalled();
  });
});
