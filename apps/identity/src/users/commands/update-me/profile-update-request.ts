import { UpdateMeData, UpdateMeRequest, ValidationFailedError } from '@platter/contracts';
import { validData } from '@platter/service-kit';
import { ProfileUpdate, checkProfileUpdate, notEditableFields } from '../../domain/profile-update';

/**
 * Checks a `PUT /users/me` body as the gateway does: the shared UpdateMeRequest through validData(),
 * and fields the class does not have refused in the words of the gateway's whitelist, answered
 * together (not-editable fields first, as the whitelist lists them). What passes then meets the
 * rules the class cannot say (checkProfileUpdate: a trimmed name, name and full_name agreeing, the
 * size of preferences, a real birthday old enough).
 */
export function validProfileUpdate(data: UpdateMeData, today: Date = new Date()): ProfileUpdate {
  const notEditable = notEditableFields(data);
  let request: UpdateMeRequest;
  try {
    request = validData(UpdateMeRequest, data);
  } catch (err) {
    if (!(err instanceof ValidationFailedError)) throw err;
    throw new ValidationFailedError([...notEditable, ...(err.details ?? [])]);
  }
  if (notEditable.length) throw new ValidationFailedError(notEditable);
  const { update, errors } = checkProfileUpdate(request, today);
  if (!update) throw new ValidationFailedError(errors);
  return update;
}
