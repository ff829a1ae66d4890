import { OfficialDocument, paragraphsOf } from '../documents/official-document';
import { meetingPhrase, placeAndDate } from '../documents/phrases';
import { MinutesStatus } from './minutes.entity';
import type { MinutesSources } from './minutes.service';

/** The minutes as an administrative document, signed by the secretary (left) and the chair (right). */
export function minutesDocument(s: MinutesSources): OfficialDocument {
  const phrase = meetingPhrase(s.meeting.title);
  return {
    name: `Biên bản ${phrase}`,
    draft: s.minutes.status !== MinutesStatus.FINAL,
    parentAgency: s.agency.parentAgency,
    agency: s.agency.agency ?? '',
    numberLine: null,
    dateLine: placeAndDate(s.agency.place, s.meeting.startedAt ?? s.meeting.scheduledStart),
    type: 'BIÊN BẢN',
    summary: phrase,
    body: paragraphsOf(s.minutes.text),
    recipients: null,
    signatures: [
      { lines: ['THƯ KÝ'], name: s.secretary?.name ?? '' },
      { lines: ['CHỦ TRÌ'], name: s.chair?.name ?? '' },
    ],
  };
}
