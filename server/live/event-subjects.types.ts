import { createUnionType, Field, ID, Int, ObjectType } from 'type-graphql';
import { MeetingFormat, MeetingKind, MeetingStatus } from '../meetings/meeting.entity';
import { ConnectionPointRole, ConnectionState } from '../connection-points/connection-point.entity';
import { Attendance, ParticipantRole } from '../participants/participant.entity';
import { AgendaItemKind, AgendaItemStatus } from '../agenda/agenda-item.entity';
import { SpeechKind, SpeechStatus } from '../speeches/speech.entity';
import { ConclusionStatus } from '../conclusions/conclusion.entity';
import { DirectiveStatus } from '../directives/directive.entity';
import { EventSubject, subjectTypeOf, SubjectType } from '../events/subjects';

/**
 * The subjects of events, as the log stored them: each kind of subject has a snapshot type of its
 * own, with the fields written at that seq and the ids of related objects, and no field that reads
 * anything else. So an event says wholly what was true at its seq, live and replayed alike, and a
 * normalized cache never takes a snapshot for the live object: a snapshot has no `id` (its subject's
 * id is `<subject>Id`), so the cache keeps it inside its event. See docs/live.md, "Events as they were".
 */

const AS_LOGGED = 'as it was right after the change the event records';

@ObjectType('MeetingSnapshot', { description: `A meeting ${AS_LOGGED}` })
export class MeetingSnapshot {
  @Field(() => ID, { name: 'meetingId' })
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field(() => MeetingFormat)
  format!: MeetingFormat;

  @Field(() => MeetingStatus)
  status!: MeetingStatus;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true })
  planReference!: string | null;

  @Field(() => ID, { nullable: true })
  organizerId!: string | null;

  @Field(() => ID, { nullable: true })
  hostUnitId!: string | null;

  @Field(() => Date, { nullable: true })
  scheduledStart!: Date | null;

  @Field(() => Date, { nullable: true })
  scheduledEnd!: Date | null;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;
}

@ObjectType('ConnectionPointSnapshot', { description: `A connection point ${AS_LOGGED}` })
export class ConnectionPointSnapshot {
  @Field(() => ID, { name: 'connectionPointId' })
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => ConnectionPointRole)
  role!: ConnectionPointRole;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => String, { nullable: true })
  operatorName!: string | null;

  @Field(() => String, { nullable: true })
  operatorContact!: string | null;

  @Field(() => String, { nullable: true })
  presidingName!: string | null;

  @Field(() => Int)
  expectedAttendance!: number;

  @Field(() => ConnectionState)
  connectionState!: ConnectionState;

  @Field(() => Date, { nullable: true })
  lastSeenAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When its access code was issued; null when it has none',
  })
  accessCodeIssuedAt!: Date | null;
}

@ObjectType('ParticipantSnapshot', { description: `A participant ${AS_LOGGED}` })
export class ParticipantSnapshot {
  @Field(() => ID, { name: 'participantId' })
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID)
  connectionPointId!: string;

  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  position!: string | null;

  @Field(() => ParticipantRole)
  role!: ParticipantRole;

  @Field(() => Attendance)
  attendance!: Attendance;

  @Field(() => Date, { nullable: true })
  checkedInAt!: Date | null;

  @Field(() => String, { nullable: true })
  absenceReason!: string | null;
}

@ObjectType('AgendaItemSnapshot', { description: `An agenda item ${AS_LOGGED}` })
export class AgendaItemSnapshot {
  @Field(() => ID, { name: 'agendaItemId' })
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => Int)
  position!: number;

  @Field()
  title!: string;

  @Field(() => AgendaItemKind)
  kind!: AgendaItemKind;

  @Field(() => AgendaItemStatus)
  status!: AgendaItemStatus;

  @Field(() => Int, { nullable: true })
  plannedMinutes!: number | null;

  @Field(() => ID, { nullable: true })
  presenterId!: string | null;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => [String])
  documents!: string[];

  @Field(() => String, { nullable: true })
  videoUrl!: string | null;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt!: Date | null;
}

@ObjectType('SpeechSnapshot', { description: `A speech ${AS_LOGGED}` })
export class SpeechSnapshot {
  @Field(() => ID, { name: 'speechId' })
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID)
  agendaItemId!: string;

  @Field(() => ID)
  connectionPointId!: string;

  @Field(() => ID, { nullable: true })
  participantId!: string | null;

  @Field(() => String, { nullable: true })
  speakerName!: string | null;

  @Field(() => SpeechKind)
  kind!: SpeechKind;

  @Field(() => SpeechStatus)
  status!: SpeechStatus;

  @Field(() => String, { nullable: true })
  topic!: string | null;

  @Field(() => Int)
  timeLimitSeconds!: number;

  @Field(() => Int, { nullable: true })
  queuePosition!: number | null;

  @Field()
  requestedAt!: Date;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt!: Date | null;

  @Field(() => Int, { nullable: true })
  spokenSeconds!: number | null;

  @Field(() => ID, { nullable: true })
  questionId!: string | null;

  @Field(() => String, { nullable: true })
  rejectionReason!: string | null;
}

@ObjectType('ConclusionSnapshot', { description: `A conclusion ${AS_LOGGED}` })
export class ConclusionSnapshot {
  @Field(() => ID, { name: 'conclusionId' })
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => ConclusionStatus)
  status!: ConclusionStatus;

  @Field()
  text!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID, { nullable: true })
  concludedById!: string | null;

  @Field(() => ID, { nullable: true })
  lastEditedById!: string | null;

  @Field(() => String, { nullable: true })
  noticeNumber!: string | null;

  @Field(() => Int, { nullable: true })
  noticeYear!: number | null;

  @Field(() => Date, { nullable: true })
  announcedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;
}

@ObjectType('DirectiveSnapshot', { description: `A directive ${AS_LOGGED}` })
export class DirectiveSnapshot {
  @Field(() => ID, { name: 'directiveId' })
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID)
  conclusionId!: string;

  @Field(() => ID)
  assigneeUnitId!: string;

  @Field()
  task!: string;

  @Field(() => Date, { nullable: true })
  deadline!: Date | null;

  @Field(() => DirectiveStatus)
  status!: DirectiveStatus;

  @Field(() => ID, { nullable: true })
  sourceAgendaItemId!: string | null;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;
}

@ObjectType('ReportRequestSnapshot', { description: `A request for reports ${AS_LOGGED}` })
export class ReportRequestSnapshot {
  @Field(() => ID, { name: 'reportRequestId' })
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field()
  title!: string;

  @Field(() => Date)
  deadline!: Date;

  @Field(() => [ID], { description: 'The units asked' })
  unitIds!: string[];
}

@ObjectType('ReportSubmissionSnapshot', { description: `A unit's report ${AS_LOGGED}` })
export class ReportSubmissionSnapshot {
  @Field(() => ID, { name: 'reportSubmissionId' })
  id!: string;

  @Field(() => ID)
  requestId!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field()
  text!: string;

  @Field(() => Date)
  submittedAt!: Date;

  @Field({ description: 'Who sent it: the site or the account, by name' })
  submittedBy!: string;
}

/** The snapshot type of each kind of subject. */
const snapshotTypes = {
  Meeting: MeetingSnapshot,
  ConnectionPoint: ConnectionPointSnapshot,
  Participant: ParticipantSnapshot,
  AgendaItem: AgendaItemSnapshot,
  Speech: SpeechSnapshot,
  Conclusion: ConclusionSnapshot,
  Directive: DirectiveSnapshot,
  ReportRequest: ReportRequestSnapshot,
  ReportSubmission: ReportSubmissionSnapshot,
} satisfies Record<SubjectType, unknown>;

export const MeetingEventSubject = createUnionType({
  name: 'MeetingEventSubject',
  description: 'The changed object as it was right after the change: a snapshot, by kind of object',
  types: () => Object.values(snapshotTypes),
  resolveType: (subject) => snapshotTypes[subjectTypeOf(subject as EventSubject)],
});
