import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MeetingStatus } from '../meetings/meeting.entity';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { Speech } from '../speeches/speech.entity';
import { ConnectionPoint } from '../connection-points/connection-point.entity';
import { AttendanceCountsObject } from '../participants/participant.types';
import { MeetingEventType } from '../events/event-type';
import { EventActor, MeetingEvent } from '../events/meeting-event';
import { EventSubject, SubjectType } from '../events/subjects';
import { ConclusionStatus } from '../conclusions/conclusion.entity';
import type {
  LiveConclusion,
  LiveMeeting,
  LiveReportRequest,
  LiveReportSent,
  LiveSiteAttendance,
} from './live-meeting';
import { MeetingEventSubject } from './event-subjects.types';

/** The GraphQL types of live delivery: the event log's entries and the LiveMeeting screen. */

registerEnumType(MeetingEventType, { name: 'MeetingEventType' });

@ObjectType('EventActor', {
  description: 'Who caused an event: a user, a connection point (site token) or the system',
})
export class EventActorObject implements EventActor {
  @Field()
  kind!: string;

  @Field(() => ID, { nullable: true })
  id!: string | null;

  @Field()
  name!: string;
}

@ObjectType('MeetingEvent')
export class MeetingEventObject implements MeetingEvent {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => Int, { description: 'Per meeting, from 1, without gaps' })
  seq!: number;

  @Field()
  at!: Date;

  @Field(() => MeetingEventType)
  type!: MeetingEventType;

  @Field(() => EventActorObject)
  actor!: EventActor;

  @Field(() => MeetingEventSubject)
  subject!: EventSubject;

  subjectType!: SubjectType;
}

@ObjectType('LiveSiteAttendance', { description: 'The attendance counts of one connection point' })
export class LiveSiteAttendanceObject extends AttendanceCountsObject implements LiveSiteAttendance {
  @Field(() => ID)
  connectionPointId!: string;
}

@ObjectType('LiveConclusion', { description: "The meeting's conclusion as a screen shows it" })
export class LiveConclusionObject implements LiveConclusion {
  @Field(() => ConclusionStatus)
  status!: ConclusionStatus;

  @Field(() => String, { nullable: true, description: 'Null while DRAFT; the text once announced' })
  text!: string | null;
}

@ObjectType('LiveReportSent', {
  description: "A unit's report as a screen shows it (its text: Meeting.reportRequests)",
})
export class LiveReportSentObject implements LiveReportSent {
  @Field(() => ID)
  unitId!: string;

  @Field()
  submittedAt!: Date;

  @Field({ description: 'Sent after the deadline' })
  late!: boolean;
}

@ObjectType('LiveReportRequest', {
  description: 'A request for reports as a screen shows it: who has sent, late or not, and who has not',
})
export class LiveReportRequestObject implements LiveReportRequest {
  @Field(() => ID)
  reportRequestId!: string;

  @Field()
  title!: string;

  @Field()
  deadline!: Date;

  @Field(() => [LiveReportSentObject], { description: 'The reports sent, first sent first' })
  sent!: LiveReportSent[];

  @Field(() => [ID], { description: 'The units asked that have sent nothing yet' })
  missingUnitIds!: string[];
}

@ObjectType('LiveMeeting', {
  description: "What a site's screen shows now; meetingLive pushes it on subscribe and after changes",
})
export class LiveMeetingObject implements LiveMeeting {
  @Field(() => ID, { description: "The meeting's id: a normalized cache keys the snapshot by it" })
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => Int, {
    description: 'The lastEventSeq this reflects: meetingEvents(afterSeq: seq) goes on from here',
  })
  seq!: number;

  @Field()
  title!: string;

  @Field(() => MeetingStatus)
  status!: MeetingStatus;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => AgendaItem, { nullable: true })
  currentAgendaItem!: AgendaItem | null;

  @Field(() => Speech, {
    nullable: true,
    description: 'The speech on now, with startedAt and timeLimitSeconds',
  })
  currentSpeech!: Speech | null;

  @Field(() => [Speech], { description: 'Approved speeches of the current item, in calling order' })
  speakerQueue!: Speech[];

  @Field(() => [Speech], { description: 'Raised hands of the current item, awaiting approval, oldest first' })
  speechRequests!: Speech[];

  @Field(() => [AgendaItem], { description: 'The whole agenda in order, with each item status' })
  agenda!: AgendaItem[];

  @Field(() => [ConnectionPoint], {
    description: 'The host point first, then the sites by name; with connectionState and lastSeenAt',
  })
  connectionPoints!: ConnectionPoint[];

  @Field(() => AttendanceCountsObject)
  attendance!: AttendanceCountsObject;

  @Field(() => [LiveSiteAttendanceObject], {
    description: 'Per connection point, in the order of connectionPoints',
  })
  attendanceByConnectionPoint!: LiveSiteAttendance[];

  @Field(() => LiveConclusionObject, {
    nullable: true,
    description: 'Null until a conclusion is drafted; its text once announced',
  })
  conclusion!: LiveConclusion | null;

  @Field(() => [LiveReportRequestObject], {
    description: 'The reports asked of its units before the meeting, oldest request first',
  })
  reportRequests!: LiveReportRequest[];
}
