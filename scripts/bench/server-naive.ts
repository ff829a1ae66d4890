/**
 * Reference (a): the stock recipe. A minimal Apollo + graphql-ws + type-graphql server whose
 * subscriptions go through type-graphql's PubSub: graphql-ws runs `execute` and `JSON.stringify` for
 * every subscriber on every event. The `tick` mutation publishes the next event and its LiveMeeting.
 */
import 'reflect-metadata';
import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { createPubSub } from '@graphql-yoga/subscription';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import {
  Arg,
  buildSchema,
  createUnionType,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { nowMicros, tell } from './common';
import { FIXTURE_MEETING_ID, fixtureEvent, fixtureLive } from './fixtures';
import { serveStats } from './stats';

@ObjectType()
class Speech {
  @Field(() => ID) id!: string;
  @Field() status!: string;
  @Field() kind!: string;
  @Field(() => String, { nullable: true }) topic!: string | null;
  @Field(() => String, { nullable: true }) speakerName!: string | null;
  @Field(() => ID) connectionPointId!: string;
  @Field(() => ID) agendaItemId!: string;
  @Field(() => Int, { nullable: true }) queuePosition!: number | null;
  @Field(() => Int) timeLimitSeconds!: number;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
}

@ObjectType()
class AgendaItem {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field() title!: string;
  @Field() kind!: string;
  @Field() status!: string;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
}

@ObjectType()
class ConnectionPoint {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() role!: string;
  @Field() connectionState!: string;
  @Field(() => Date, { nullable: true }) lastSeenAt!: Date | null;
}

// Event subjects are snapshots, as on our server: their own id is `<type>Id`.
@ObjectType()
class SpeechSnapshot extends Speech {
  @Field(() => ID) speechId!: string;
}

@ObjectType()
class AgendaItemSnapshot extends AgendaItem {
  @Field(() => ID) agendaItemId!: string;
}

@ObjectType()
class ConnectionPointSnapshot extends ConnectionPoint {
  @Field(() => ID) connectionPointId!: string;
}

const Subject = createUnionType({
  name: 'MeetingEventSubject',
  types: () => [SpeechSnapshot, AgendaItemSnapshot, ConnectionPointSnapshot],
});

@ObjectType()
class EventActor {
  @Field() kind!: string;
  @Field(() => ID, { nullable: true }) id!: string | null;
  @Field() name!: string;
}

@ObjectType()
class MeetingEvent {
  @Field(() => Int) seq!: number;
  @Field() at!: Date;
  @Field() type!: string;
  @Field(() => EventActor) actor!: EventActor;
  @Field(() => Subject) subject!: typeof Subject;
}

@ObjectType()
class AttendanceCounts {
  @Field(() => Int) planned!: number;
  @Field(() => Int) expected!: number;
  @Field(() => Int) present!: number;
  @Field(() => Int) absent!: number;
  @Field(() => Int) excused!: number;
  @Field(() => Int) total!: number;
}

@ObjectType()
class LiveMeeting {
  @Field(() => ID) meetingId!: string;
  @Field(() => Int) seq!: number;
  @Field() serverTime!: Date;
  @Field() title!: string;
  @Field() status!: string;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => AgendaItem, { nullable: true }) currentAgendaItem!: AgendaItem | null;
  @Field(() => Speech, { nullable: true }) currentSpeech!: Speech | null;
  @Field(() => [Speech]) speakerQueue!: Speech[];
  @Field(() => [Speech]) speechRequests!: Speech[];
  @Field(() => [AgendaItem]) agenda!: AgendaItem[];
  @Field(() => AttendanceCounts) attendance!: AttendanceCounts;
}

// One listener per subscriber on the topic's EventTarget: thousands, by design of the recipe.
EventEmitter.defaultMaxListeners = 0;
const pubSub = createPubSub();
let seq = 0;

@Resolver()
class NaiveResolver {
  @Query(() => Int)
  seq(): number {
    return seq;
  }

  @Mutation(() => Int)
  tick(): number {
    seq++;
    const event = fixtureEvent(seq);
    const live = fixtureLive(seq);
    tell({ type: 'published', meetingId: FIXTURE_MEETING_ID, seq, at: nowMicros() });
    pubSub.publish('EVENTS', FIXTURE_MEETING_ID, {
      ...event,
      subject: Object.assign(new SpeechSnapshot(), event.subject),
    });
    pubSub.publish('LIVE', FIXTURE_MEETING_ID, live);
    return seq;
  }

  @Subscription(() => MeetingEvent, { topics: 'EVENTS', topicId: ({ args }) => args.meetingId })
  meetingEvents(
    @Root() event: MeetingEvent,
    @Arg('meetingId', () => ID) _meetingId: string,
    @Arg('afterSeq', () => Int, { nullable: true }) _afterSeq: number | null,
  ): MeetingEvent {
    return event;
  }

  @Subscription(() => LiveMeeting, { topics: 'LIVE', topicId: ({ args }) => args.meetingId })
  meetingLive(@Root() live: LiveMeeting, @Arg('meetingId', () => ID) _meetingId: string): LiveMeeting {
    return live;
  }
}

async function main(): Promise<void> {
  const schema = await buildSchema({ resolvers: [NaiveResolver], pubSub, validate: false });
  const app = express();
  const httpServer = createServer(app);
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  useServer(
    { schema, onConnect: (ctx) => typeof ctx.connectionParams?.authorization === 'string' },
    wsServer,
  );
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  serveStats();
  tell({ type: 'ready', port: (httpServer.address() as AddressInfo).port, meetingId: FIXTURE_MEETING_ID });
}

void main();
