import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SpeechKind } from '../speeches/speech.entity';
import type {
  ItemTiming,
  KindSpeaking,
  MeetingReportData,
  PointAttendance,
  PointConnection,
  PointSpeaking,
} from './meeting-report';

@ObjectType({ description: 'An agenda item as planned and as held (from its events)' })
export class AgendaItemTiming implements ItemTiming {
  @Field(() => ID) agendaItemId!: string;
  @Field(() => Int) position!: number;
  @Field() title!: string;
  @Field(() => Int, { nullable: true }) plannedMinutes!: number | null;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) endedAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'From start to completion; null until completed' })
  actualSeconds!: number | null;
  @Field() skipped!: boolean;
}

@ObjectType({ description: 'Speeches given from one connection point, and their time on the floor' })
export class ConnectionPointSpeakingTime implements PointSpeaking {
  @Field(() => ID) connectionPointId!: string;
  @Field({ description: 'The unit the point stands for' }) name!: string;
  @Field(() => Int) speeches!: number;
  @Field(() => Int) seconds!: number;
}

@ObjectType({ description: 'Speeches of one kind, and their time on the floor' })
export class SpeechKindSpeakingTime implements KindSpeaking {
  @Field(() => SpeechKind) kind!: string;
  @Field(() => Int) speeches!: number;
  @Field(() => Int) seconds!: number;
}

@ObjectType({ description: 'The delegates of one connection point by attendance' })
export class ConnectionPointAttendance implements PointAttendance {
  @Field(() => ID) connectionPointId!: string;
  @Field() name!: string;
  @Field(() => Int) expected!: number;
  @Field(() => Int) present!: number;
  @Field(() => Int, { description: 'Present, checked in after the meeting started' }) late!: number;
  @Field(() => Int) absent!: number;
  @Field(() => Int) excused!: number;
}

@ObjectType({ description: 'How often a connection point lost its connection while the meeting was held' })
export class ConnectionPointQuality implements PointConnection {
  @Field(() => ID) connectionPointId!: string;
  @Field() name!: string;
  @Field(() => Int, { description: 'SITE_LOST events before the end' }) lostEpisodes!: number;
  @Field(() => Int, { description: 'Seconds from each loss to the reconnection (or the end, or now)' })
  lostSeconds!: number;
}

@ObjectType({
  description: 'The meeting report, computed from the event log; GET /meetings/:id/report for charts',
})
export class MeetingReport implements MeetingReportData {
  @Field(() => ID) meetingId!: string;
  @Field() title!: string;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) endedAt!: Date | null;
  @Field(() => [AgendaItemTiming]) agenda!: AgendaItemTiming[];
  @Field(() => [ConnectionPointSpeakingTime]) speakingByPoint!: ConnectionPointSpeakingTime[];
  @Field(() => [SpeechKindSpeakingTime]) speakingByKind!: SpeechKindSpeakingTime[];
  @Field(() => [ConnectionPointAttendance]) attendance!: ConnectionPointAttendance[];
  @Field(() => [ConnectionPointQuality]) connection!: ConnectionPointQuality[];
  @Field({ description: 'Where to download it with charts: this path, ?format=html|pdf and a Bearer token' })
  url!: string;
}
