import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MeetingStatus } from '../meetings/meeting.entity';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { Speech } from '../speeches/speech.entity';
import { ConnectionPoint } from '../connection-points/connection-point.entity';
import { AttendanceCounts } from '../participants/attendance';

@ObjectType({ description: 'The attendance counts of one connection point' })
export class LiveSiteAttendance extends AttendanceCounts {
  @Field(() => ID)
  connectionPointId!: string;
}

/** What a site's screen shows now. Built once per change and shared by every subscriber of the meeting. */
@ObjectType({
  description: "What a site's screen shows now; meetingLive pushes it on subscribe and after changes",
})
export class LiveMeeting {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => Int, {
    description: 'The lastEventSeq this reflects: meetingEvents(afterSeq: seq) goes on from here',
  })
  seq!: number;

  @Field({ description: 'When this was built, by the server clock (for speech timers)' })
  serverTime!: Date;

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

  @Field(() => AttendanceCounts)
  attendance!: AttendanceCounts;

  @Field(() => [LiveSiteAttendance], {
    description: 'Per connection point, in the order of connectionPoints',
  })
  attendanceByConnectionPoint!: LiveSiteAttendance[];
}
