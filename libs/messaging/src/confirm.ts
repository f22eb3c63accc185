import * as amqp from 'amqplib';

/** Publishes on a confirm channel and resolves when the broker has taken responsibility. */
export function publishConfirmed(
  channel: amqp.ConfirmChannel,
  exchange: string,
  routingKey: string,
  content: Buffer,
  options: amqp.Options.Publish,
): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      channel.publish(exchange, routingKey, content, options, (err) => (err ? reject(err) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}
