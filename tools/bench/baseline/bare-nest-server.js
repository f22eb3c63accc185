// The floor every benchmark is read against: a bare NestJS app on Fastify with one route that
// takes a JSON body, checks two fields and answers the same envelope the gateway does. No broker,
// no database, no auth: what Nest and Fastify alone cost per request on this machine.
require('reflect-metadata');
const { Body, Controller, HttpCode, Module, Post, BadRequestException } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');
const { FastifyAdapter } = require('@nestjs/platform-fastify');

class OrdersController {
  place(body) {
    if (!body || typeof body.restaurant_id !== 'string' || !Array.isArray(body.items) || body.items.length === 0) {
      throw new BadRequestException('restaurant_id and items are required');
    }
    const total = body.items.reduce((sum, line) => sum + Number(line.quantity || 0), 0);
    return { success: true, data: { id: `o-${Date.now()}`, restaurant_id: body.restaurant_id, status: 'created', items: total }, timestamp: new Date().toISOString() };
  }
}
Controller('api/v1/client/orders')(OrdersController);
Body()(OrdersController.prototype, 'place', 0);
const place = Object.getOwnPropertyDescriptor(OrdersController.prototype, 'place');
Post()(OrdersController.prototype, 'place', place);
HttpCode(201)(OrdersController.prototype, 'place', place);
Reflect.defineMetadata('design:paramtypes', [Object], OrdersController.prototype, 'place');

class BaselineModule {}
Module({ controllers: [OrdersController] })(BaselineModule);

async function main() {
  const app = await NestFactory.create(BaselineModule, new FastifyAdapter(), { logger: false });
  await app.listen(Number(process.env.PORT || 4999), '127.0.0.1');
  process.send?.('ready');
}
main().catch((err) => {
  console.error(err);
  process.exit(1);
});
