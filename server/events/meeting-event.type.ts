import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MeetingEventType } from './event-type';
import { EventSubject, MeetingEventSubject, SubjectType } from './subjects';

@ObjectType({ description: 'Who caused an event: a user, a connection point (site token) or the system' })
export class EventActor {
  @Field()
  kind!: string;

  @Field(() => ID, { nullable: true })
  id!: string | null;

  @Field()
  name!: string;
}

/** One entry of a meeting's event log, as stored and as pushed to subscribers. */
@ObjectType()
export class MeetingEvent {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => Int, { description: 'Per meeting, from 1, without gaps' })
  seq!: number;

  @Field()
  at!: Date;

  @Field(() => MeetingEventType)
  type!: MeetingEventType;

  @Field(() => EventActor)
  actor!: EventActor;

  @Field(() => MeetingEventSubject)
  subject!: EventSubject;

  subjectType!: SubjectType;
}
