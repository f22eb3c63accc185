import { ValidationPipe } from '@nestjs/common';
import { ErrorDetail, PlatterError, UpdateMeData, UpdateMeRequest, ValidationFailedError } from '@platter/contracts';
import { fieldDetailsOf } from '@platter/service-kit';
import { MAX_PREFERENCES_BYTES } from '../../domain/profile-update';
import { validProfileUpdate } from './profile-update-request';

const TODAY = new Date('2026-06-01T00:00:00Z');

/** The gateway binds UpdateMeRequest with this pipe: unknown fields refused, details by fieldDetailsOf(). */
async function atTheEdge(body: object): Promise<ErrorDetail[]> {
  const pipe = new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: (errors) => new ValidationFailedError(fieldDetailsOf(errors)) });
  try {
    await pipe.transform(body, { type: 'body', metatype: UpdateMeRequest });
  } catch (err) {
    return (err as PlatterError).details ?? [];
  }
  return [];
}

function inTheService(body: object): ErrorDetail[] {
  try {
    validProfileUpdate(body as UpdateMeData, TODAY);
  } catch (err) {
    expect(err).toMatchObject({ code: 'VALIDATION_ERROR' });
    return (err as PlatterError).details ?? [];
  }
  return [];
}

describe('validProfileUpdate: identity checks PUT /users/me with the gateway’s UpdateMeRequest', () => {
  it.each([
    ['a bad phone and birthday', { phone: 'call me', birthday: '23/04/1995' }],
    ['fields that are not editable, with a bad phone', { email: 'x@example.cm', role: 'admin', phone: 'nope' }],
    ['a name that is no string and preferences that are a list', { name: 42, preferences: ['dark'] }],
    ['an empty full_name and an over-long name', { full_name: '', name: 'x'.repeat(101) }],
  ])('refuses %s with the same field errors as the edge', async (_case, body) => {
    const edge = await atTheEdge(body);
    expect(edge.length).toBeGreaterThan(0);
    expect(inTheService(body)).toEqual(edge);
  });

  it('lists the fields that are not editable first, as the edge does', () => {
    expect(inTheService({ email: 'x@example.cm', role: 'admin', phone: 'nope' }).map((d) => d.field)).toEqual(['email', 'role', 'phone']);
  });

  it('normalises a national phone form to E.164, as the edge does', () => {
    expect(validProfileUpdate({ phone: '670 00 00 00' }, TODAY)).toEqual({ phone: '+237670000000' });
    expect(validProfileUpdate({ phone: null, birthday: null }, TODAY)).toEqual({ phone: null, birthday: null });
  });

  it('then holds the rules the class cannot say: a trimmed name, one name, bounded preferences, a real birthday old enough', async () => {
    const beyondTheClass: [object, ErrorDetail[]][] = [
      [{ name: '   ' }, [{ field: 'name', message: 'name must be 1 to 100 characters' }]],
      [{ name: 'Jane', full_name: 'John' }, [{ field: 'full_name', message: 'full_name is another name for name: give one, or the same value' }]],
      [{ preferences: { blob: 'x'.repeat(MAX_PREFERENCES_BYTES) } }, [{ field: 'preferences', message: `preferences must be at most ${MAX_PREFERENCES_BYTES} bytes of JSON` }]],
      [{ birthday: '1988-02-30' }, [{ field: 'birthday', message: 'birthday must be a real calendar date' }]],
      [{ birthday: '2020-01-01' }, [{ field: 'birthday', message: 'you must be at least 13 years old' }]],
    ];
    for (const [body, errors] of beyondTheClass) {
      expect(await atTheEdge(body)).toEqual([]);
      expect(inTheService(body)).toEqual(errors);
    }
  });

  it('takes what is valid, trimmed', () => {
    expect(validProfileUpdate({ full_name: ' Jane Doe ', preferences: { theme: 'dark' }, birthday: '1995-04-23' }, TODAY)).toEqual({
      name: 'Jane Doe',
      preferences: { theme: 'dark' },
      birthday: '1995-04-23',
    });
    expect(validProfileUpdate({}, TODAY)).toEqual({});
  });
});
