import { clientErrorResponse, frameworkErrorReply } from './framework-errors';

function replyRecorder() {
  const sent: { status?: number; headers: Record<string, string>; body?: any } = { headers: {} };
  const reply = {
    status: (s: number) => ((sent.status = s), reply),
    header: (name: string, value: string) => ((sent.headers[name.toLowerCase()] = value), reply),
    send: (b: unknown) => (sent.body = b),
  };
  return { sent, reply };
}

describe('errors Fastify raises before any route', () => {
  it('answers a path that is not valid percent-encoding with the 400 envelope and the request id', () => {
    const { sent, reply } = replyRecorder();
    frameworkErrorReply({ code: 'FST_ERR_BAD_URL' }, { id: 'req_1' }, reply);
    expect(sent.status).toBe(400);
    expect(sent.headers['x-request-id']).toBe('req_1');
    expect(sent.body).toMatchObject({ success: false, error: { code: 'VALIDATION_ERROR', message: 'The URL is not valid percent-encoded UTF-8' }, requestId: 'req_1' });
  });

  it('answers an over-long path segment as not found, in the envelope', () => {
    const { sent, reply } = replyRecorder();
    frameworkErrorReply({ code: 'FST_ERR_MAX_PARAM_LENGTH' }, { id: 'req_2' }, reply);
    expect(sent.status).toBe(404);
    expect(sent.body).toMatchObject({ success: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers an unexpected framework error with a generic 400 that does not repeat its text', () => {
    const { sent, reply } = replyRecorder();
    frameworkErrorReply(Object.assign(new Error('internal detail /srv/x.js:1:2'), { code: 'FST_ERR_NEW' }), {}, reply);
    expect(sent.status).toBe(400);
    expect(JSON.stringify(sent.body)).not.toContain('internal detail');
    expect(sent.body.requestId).toMatch(/^req_/);
  });

  it('answers an oversized request head with a raw 431 whose body is the envelope', () => {
    const response = clientErrorResponse({ code: 'HPE_HEADER_OVERFLOW' })!;
    const [head, body] = response.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(head).toContain(`Content-Length: ${Buffer.byteLength(body)}`);
    expect(JSON.parse(body)).toMatchObject({ success: false, error: { code: 'VALIDATION_ERROR' }, requestId: expect.stringMatching(/^req_/) });
  });

  it('answers malformed HTTP with a 400 envelope and sends nothing on a reset connection', () => {
    expect(clientErrorResponse({ code: 'HPE_INVALID_METHOD' })).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(clientErrorResponse({ code: 'ECONNRESET' })).toBeUndefined();
  });
});
