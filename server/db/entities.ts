import { AppSetting } from './app-setting.entity';
import { Unit } from '../units/unit.entity';
import { User } from '../auth/user.entity';
import { Meeting, MeetingHost } from '../meetings/meeting.entity';
import { MeetingSeries } from '../series/meeting-series.entity';
import { ConnectionPoint } from '../connection-points/connection-point.entity';
import { Participant } from '../participants/participant.entity';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { Speech } from '../speeches/speech.entity';
import { Conclusion } from '../conclusions/conclusion.entity';
import { Minutes } from '../minutes/minutes.entity';
import { Directive, DirectiveProgress } from '../directives/directive.entity';
import { ReportRequest, ReportSubmission } from '../reports/report.entity';
import { FileChunk, StoredFile } from '../files/stored-file.entity';
import { MeetingEventRecord } from '../events/meeting-event.entity';
import { Webhook, WebhookStream } from '../webhooks/webhook.entity';
import { AuditRecord } from '../audit/audit-record.entity';

export const entities = [
  AppSetting,
  Unit,
  User,
  MeetingSeries,
  Meeting,
  MeetingHost,
  ConnectionPoint,
  Participant,
  AgendaItem,
  Speech,
  Conclusion,
  Minutes,
  Directive,
  DirectiveProgress,
  ReportRequest,
  ReportSubmission,
  StoredFile,
  FileChunk,
  MeetingEventRecord,
  Webhook,
  WebhookStream,
  AuditRecord,
];
