import { PlatterError } from '@platter/contracts';
import { readMultipart } from './multipart-body';

async function encoded(fields: Record<string, string>, file?: { field: string; name: string }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append(file.field, new Blob([Buffer.from('%PDF-1.4')]), file.name);
  const request = new Request('http://multipart.invalid/', { method: 'POST', body: form });
  return { contentType: request.headers.get('content-type')!, body: Buffer.from(await request.arrayBuffer()) };
}

async function rejectionOf(promise: Promise<unknown>): Promise<PlatterError> {
  try {
    await promise;
  } catch (err) {
    return err as PlatterError;
  }
  throw new Error('expected a validation failure');
}

describe('multipart bodies', () => {
  it('reads fields and files', async () => {
    const { contentType, body } = await encoded({ kind: 'business_license' }, { field: 'file', name: 'licence.pdf' });
    const form = await readMultipart(contentType, body);
    expect(form.fields).toEqual({ kind: 'business_license' });
    expect(form.files.file.fileName).toBe('licence.pdf');
  });

  it('refuses NUL in a field with a 400 naming it, as the validation pipe does for JSON', async () => {
    const { contentType, body } = await encoded({ kind: 'license\u0000' });
    const err = await rejectionOf(readMultipart(contentType, body));
    expect(err).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'kind', message: expect.stringContaining('control characters') }] });
  });

  it('refuses control characters in a file name', async () => {
    const { contentType, body } = await encoded({}, { field: 'file', name: 'a\u0001.pdf' });
    const err = await rejectionOf(readMultipart(contentType, body));
    expect(err.details).toEqual([{ field: 'file', message: expect.stringMatching(/control characters .*\(file name\)$/) }]);
  });
});
