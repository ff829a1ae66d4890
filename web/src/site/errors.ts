import { isDiemcauError } from '@diemcau/client';
import { t } from '../i18n';

/** A refusal in Vietnamese words, never a raw code. */
export function errorText(e: unknown): string {
  if (!isDiemcauError(e)) return t('errors.unknown');
  switch (e.code) {
    case 'BAD_USER_INPUT':
      return t('errors.BAD_USER_INPUT', {
        field: t([`errors.fields.${(e.field ?? 'other').replace(/\./g, '_')}`, 'errors.fields.other']),
      });
    case 'RATE_LIMITED':
      return t('errors.RATE_LIMITED', { seconds: Number(e.errors[0]?.extensions?.retryAfterSeconds ?? 60) });
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'CONFLICT':
    case 'NETWORK_ERROR':
      return t(`errors.${e.code}`);
    default:
      return t('errors.unknown');
  }
}
