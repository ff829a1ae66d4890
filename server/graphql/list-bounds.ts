import { LIST_CAPS } from '../common/list-caps';
import { MAX_EVENTS_PAGE } from '../live/live.service';
import { HOSTS_MAX } from '../meetings/meeting.service';
import { MeetingEventType } from '../events/event-type';
import { SpeechKind } from '../speeches/speech.entity';
import { DELIVERIES_LISTED, WEBHOOKS_MAX } from '../webhooks/webhook.service';

const {
  connectionPointsPerMeeting,
  participantsPerMeeting,
  participantsPerConnectionPoint,
  agendaItemsPerMeeting,
  speechesPerAgendaItem,
  directivesPerConclusion,
  progressReportsPerDirective,
  unitsPerParent,
  carriedOverPerMeeting,
  reportRequestsPerMeeting,
  filesPerReport,
  filesPerAgendaItem,
} = LIST_CAPS;

/** Documents of one agenda item (agenda.inputs.ts). */
const DOCUMENTS_PER_ITEM = 50;

/**
 * The most items each list of the API can hold, by `Type.field`: the operation's cost prices a list
 * at this bound (limits.ts), whatever the rows are today. Paged lists (a `first` argument) are priced
 * at their page instead. test/security/list-bounds.test.ts checks that every list is here or paged.
 */
export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  'AgendaItem.documents': DOCUMENTS_PER_ITEM,
  'AgendaItem.files': filesPerAgendaItem,
  'AgendaItem.queue': speechesPerAgendaItem,
  'AgendaItem.speeches': speechesPerAgendaItem,
  'AgendaItemSnapshot.documents': DOCUMENTS_PER_ITEM,
  'Conclusion.directives': directivesPerConclusion,
  'ConnectionPoint.participants': participantsPerConnectionPoint,
  // One directive per assignee unit, of one conclusion.
  'Directive.group': directivesPerConclusion,
  'Directive.progress': progressReportsPerDirective,
  'LiveMeeting.agenda': agendaItemsPerMeeting,
  'LiveMeeting.attendanceByConnectionPoint': connectionPointsPerMeeting,
  'LiveMeeting.connectionPoints': connectionPointsPerMeeting,
  'LiveMeeting.speakerQueue': speechesPerAgendaItem,
  'LiveMeeting.speechRequests': speechesPerAgendaItem,
  'LiveMeeting.reportRequests': reportRequestsPerMeeting,
  'LiveReportRequest.sent': connectionPointsPerMeeting,
  'LiveReportRequest.missingUnitIds': connectionPointsPerMeeting,
  'Meeting.agenda': agendaItemsPerMeeting,
  'Meeting.carriedOverDirectives': carriedOverPerMeeting,
  'Meeting.connectionPoints': connectionPointsPerMeeting,
  'Meeting.events': MAX_EVENTS_PAGE,
  'Meeting.hosts': HOSTS_MAX,
  'Meeting.participants': participantsPerMeeting,
  'Meeting.speakerQueue': speechesPerAgendaItem,
  'Meeting.reportRequests': reportRequestsPerMeeting,
  'MeetingReport.agenda': agendaItemsPerMeeting,
  'MeetingReport.attendance': connectionPointsPerMeeting,
  'MeetingReport.connection': connectionPointsPerMeeting,
  'MeetingReport.speakingByPoint': connectionPointsPerMeeting,
  'MeetingReport.speakingByKind': Object.values(SpeechKind).length,
  // The units asked for a report: some of the meeting's connection points' units.
  'ReportRequest.missingUnits': connectionPointsPerMeeting,
  'ReportRequest.submissions': connectionPointsPerMeeting,
  'ReportRequest.unitIds': connectionPointsPerMeeting,
  'ReportRequestSnapshot.unitIds': connectionPointsPerMeeting,
  'ReportSubmission.files': filesPerReport,
  // The fields one account change sets: at most those of UpdateUserInput (and the id).
  'AuditRecord.fields': 8,
  'MeetingSeries.agenda': agendaItemsPerMeeting,
  'MeetingSeries.connectionPoints': connectionPointsPerMeeting,
  'MeetingSeries.participants': participantsPerMeeting,
  'Mutation.moveAgendaItem': agendaItemsPerMeeting,
  'Mutation.moveSpeech': speechesPerAgendaItem,
  'Mutation.removeAgendaItem': agendaItemsPerMeeting,
  // One section per assignee unit of the directives; recipients: those units and the sites'.
  'Notice.sections': directivesPerConclusion,
  'Notice.recipients': directivesPerConclusion + connectionPointsPerMeeting,
  'NoticeSection.directives': directivesPerConclusion,
  'Query.units': unitsPerParent,
  'TemplateAgendaItem.documents': DOCUMENTS_PER_ITEM,
  'Query.webhooks': WEBHOOKS_MAX,
  'Webhook.deliveries': DELIVERIES_LISTED,
  'Webhook.eventTypes': Object.keys(MeetingEventType).length,
};
