import i18next from 'i18next';
import { ConflictState, isDiemcauError } from '@diemcau/client';
import { t } from './i18n';

/** Whose screen tells the refusal: a site (its access code) or a host (a user account). */
export type Audience = 'site' | 'host';

/**
 * A refusal in Vietnamese words, with what to do, never a raw code: the server's message when it
 * gave its reason (the client asks for Vietnamese), else the catalogue's text of the code.
 */
export function errorText(e: unknown, audience: Audience = 'site'): string {
  if (!isDiemcauError(e)) return t('errors.unknown');
  switch (e.code) {
    case 'BAD_USER_INPUT': {
      const field = `errors.fields.${(e.field ?? 'other').replace(/\./g, '_')}`;
      const name = t([field, 'errors.fields.other']);
      // The server's words for the reason, the field called as the form calls it.
      if (e.reason && e.field)
        return i18next.exists(field) ? e.message.replaceAll(e.field, `«${name}»`) : e.message;
      return t('errors.BAD_USER_INPUT', { field: name });
    }
    case 'RATE_LIMITED':
      return t('errors.RATE_LIMITED', { seconds: Number(e.errors[0]?.extensions?.retryAfterSeconds ?? 60) });
    case 'CONFLICT':
      // The state it ran into says what to do; else the server's own words for the reason (in Vietnamese).
      return (
        (e.is('CONFLICT') && e.current && conflictText(e.current)) ||
        (e.reason ? e.message : codeText(e.code, audience))
      );
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'NETWORK_ERROR':
      return codeText(e.code, audience);
    default:
      return t('errors.unknown');
  }
}

function codeText(code: string, audience: Audience): string {
  return t([`errors.${audience}.${code}`, `errors.${code}`]);
}

/** What the state a change ran into says to do (the conclusion's has its own merge view). */
function conflictText(current: ConflictState): string | null {
  if ('currentSpeech' in current && current.currentSpeech) return t('errors.conflict.currentSpeech');
  if ('activeAgendaItem' in current && current.activeAgendaItem)
    return t('errors.conflict.activeAgendaItem', { title: current.activeAgendaItem.title });
  if ('agendaItem' in current && current.agendaItem && current.agendaItem.status !== 'ACTIVE')
    return t('errors.conflict.noActiveItem');
  if ('title' in current && 'position' in current)
    return t('errors.conflict.agendaItem', {
      title: current.title,
      status: t(`agendaStatus.${current.status}`),
    });
  if ('meetingStatus' in current && current.meetingStatus)
    return t('errors.conflict.meetingStatus', { status: t(`status.${current.meetingStatus}`) });
  if ('status' in current && !('text' in current) && !('id' in current) && isMeetingStatus(current.status))
    return t('errors.conflict.meetingStatus', { status: t(`status.${current.status}`) });
  return null;
}

const MEETING_STATUSES = ['DRAFT', 'SCHEDULED', 'LIVE', 'PAUSED', 'ENDED', 'CANCELLED'];
const isMeetingStatus = (status: string) => MEETING_STATUSES.includes(status);
