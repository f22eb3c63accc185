import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ValidationFailedError } from '@platter/contracts';
import { edgeInputViolations } from '@platter/service-kit';

/**
 * The largest multipart request the gateway reads: a 5 MB document plus the form's other fields
 * and boundaries. Larger requests are refused by Fastify (413) before they are read.
 */
export const MAX_MULTIPART_BYTES = 5 * 1024 * 1024 + 64 * 1024;

/**
 * multipart/form-data arrives as one buffer (bounded above) that a route parses with
 * `readMultipart`: uploads here are small documents forwarded whole to the owning service, so
 * streaming them to disk would buy nothing, and WHATWG's FormData parser needs no dependency.
 */
export function registerMultipartBodies(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: MAX_MULTIPART_BYTES }, (_req, body, done) => done(null, body));
}

export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
}

export interface MultipartForm {
  fields: Record<string, string>;
  files: Record<string, UploadedFile>;
}

/** The fields and files of a multipart body; a 400 when it is not one. */
export async function readMultipart(contentType: string | undefined, body: unknown): Promise<MultipartForm> {
  if (!contentType?.startsWith('multipart/form-data') || !Buffer.isBuffer(body)) {
    throw new ValidationFailedError([{ field: 'body', message: 'must be multipart/form-data' }]);
  }
  let form: FormData;
  try {
    form = await new Request('http://multipart.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(body) }).formData();
  } catch {
    throw new ValidationFailedError([{ field: 'body', message: 'is not a readable multipart/form-data body' }]);
  }
  const result: MultipartForm = { fields: {}, files: {} };
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') result.fields[name] = value;
    else result.files[name] = { fileName: value.name, bytes: Buffer.from(await value.arrayBuffer()) };
  }
  // The validation pipe sees only the buffer: the form's text (fields and file names) meets the same edge limits here.
  const fileNames = Object.fromEntries(Object.entries(result.files).map(([name, file]) => [name, file.fileName]));
  const details = [...edgeInputViolations(result.fields), ...edgeInputViolations(fileNames).map((d) => ({ ...d, message: `${d.message} (file name)` }))];
  if (details.length) throw new ValidationFailedError(details);
  return result;
}
