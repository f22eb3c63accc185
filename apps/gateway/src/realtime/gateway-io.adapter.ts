import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';

// @nestjs/platform-socket.io pins its own socket.io: take its types rather than the root package's.
type IoServerOptions = NonNullable<Parameters<IoAdapter['createIOServer']>[1]>;

/** Socket.IO on the HTTP server, with the same allowed origins as the REST API. */
export class GatewayIoAdapter extends IoAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly origins: string | string[],
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: IoServerOptions): ReturnType<IoAdapter['createIOServer']> {
    return super.createIOServer(port, { ...options, cors: { origin: this.origins } } as IoServerOptions);
  }
}
