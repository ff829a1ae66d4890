/**
 * Reference for the query side: the `meeting` snapshot (MEETING_SNAPSHOT) served in the per-field
 * resolver style of the stock recipe: Apollo + type-graphql, one SQL statement for each list and
 * each related object, as it is resolved (no batching, no joins). Reads the same SQLite file as our
 * server (a copy of the template, argv[2]) through TypeORM; reports its SQL statement count.
 */
import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import {
  Arg,
  buildSchema,
  Field,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { DataSource } from 'typeorm';
import { tell } from './common';
import { serveStats, statementCounter } from './stats';

@ObjectType()
class Unit {
  @Field() name!: string;
}

@ObjectType()
class Participant {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() role!: string;
  @Field() attendance!: string;
  connectionPointId!: string;
  unitId!: string | null;
}

@ObjectType()
class ConnectionPoint {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() role!: string;
  @Field() connectionState!: string;
  unitId!: string;
}

@ObjectType()
class Speech {
  @Field(() => ID) id!: string;
}

@ObjectType()
class AgendaItem {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field() title!: string;
  @Field() status!: string;
  presenterId!: string | null;
}

@ObjectType()
class Meeting {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() status!: string;
  @Field(() => Int) version!: number;
  @Field(() => Int) lastEventSeq!: number;
  organizerId!: string | null;
  hostUnitId!: string | null;
}

let db: DataSource;
const one = async <T>(sql: string, ...params: unknown[]): Promise<T | null> =>
  ((await db.query(sql, params)) as T[])[0] ?? null;
const all = <T>(sql: string, ...params: unknown[]): Promise<T[]> => db.query(sql, params);
const unit = (id: string | null) => (id ? one<Unit>('SELECT name FROM unit WHERE id = ?', id) : null);

@Resolver(() => Meeting)
class MeetingResolver {
  @Query(() => Meeting, { nullable: true })
  meeting(@Arg('id', () => ID) id: string) {
    return one<Meeting>('SELECT * FROM meeting WHERE id = ?', id);
  }
  @FieldResolver(() => Unit, { nullable: true })
  organizer(@Root() m: Meeting) {
    return unit(m.organizerId);
  }
  @FieldResolver(() => Unit, { nullable: true })
  hostUnit(@Root() m: Meeting) {
    return unit(m.hostUnitId);
  }
  @FieldResolver(() => [ConnectionPoint])
  connectionPoints(@Root() m: Meeting) {
    return all<ConnectionPoint>(
      'SELECT * FROM connection_point WHERE meetingId = ? ORDER BY createdAt',
      m.id,
    );
  }
  @FieldResolver(() => [Participant])
  participants(@Root() m: Meeting) {
    return all<Participant>('SELECT * FROM participant WHERE meetingId = ? ORDER BY createdAt', m.id);
  }
  @FieldResolver(() => [AgendaItem])
  agenda(@Root() m: Meeting) {
    return all<AgendaItem>('SELECT * FROM agenda_item WHERE meetingId = ? ORDER BY position', m.id);
  }
  @FieldResolver(() => AgendaItem, { nullable: true })
  currentAgendaItem(@Root() m: Meeting) {
    return one<AgendaItem>("SELECT * FROM agenda_item WHERE meetingId = ? AND status = 'ACTIVE'", m.id);
  }
  @FieldResolver(() => Speech, { nullable: true })
  currentSpeech(@Root() m: Meeting) {
    return one<Speech>("SELECT id FROM speech WHERE meetingId = ? AND status = 'SPEAKING'", m.id);
  }
  @FieldResolver(() => [Speech])
  speakerQueue(@Root() m: Meeting) {
    return all<Speech>(
      "SELECT id FROM speech WHERE meetingId = ? AND status = 'QUEUED' ORDER BY queuePosition",
      m.id,
    );
  }
}

@Resolver(() => ConnectionPoint)
class ConnectionPointResolver {
  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() cp: ConnectionPoint) {
    return unit(cp.unitId);
  }
  @FieldResolver(() => [Participant])
  participants(@Root() cp: ConnectionPoint) {
    return all<Participant>(
      'SELECT * FROM participant WHERE connectionPointId = ? ORDER BY createdAt',
      cp.id,
    );
  }
}

@Resolver(() => Participant)
class ParticipantResolver {
  @FieldResolver(() => ConnectionPoint)
  connectionPoint(@Root() p: Participant) {
    return one<ConnectionPoint>('SELECT * FROM connection_point WHERE id = ?', p.connectionPointId);
  }
  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() p: Participant) {
    return unit(p.unitId);
  }
}

@Resolver(() => AgendaItem)
class AgendaItemResolver {
  @FieldResolver(() => Participant, { nullable: true })
  presenter(@Root() item: AgendaItem) {
    return item.presenterId
      ? one<Participant>('SELECT * FROM participant WHERE id = ?', item.presenterId)
      : null;
  }
  @FieldResolver(() => [Speech])
  speeches(@Root() item: AgendaItem) {
    return all<Speech>('SELECT id FROM speech WHERE agendaItemId = ? ORDER BY requestedAt', item.id);
  }
}

async function main(): Promise<void> {
  const [file, meetingId] = process.argv.slice(2);
  const counter = statementCounter();
  db = new DataSource({ type: 'better-sqlite3', database: file, logging: ['query'], logger: counter.logger });
  await db.initialize();
  const schema = await buildSchema({
    resolvers: [MeetingResolver, ConnectionPointResolver, ParticipantResolver, AgendaItemResolver],
    validate: false,
  });
  const apollo = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(apollo, { listen: { port: 0, host: '127.0.0.1' } });
  serveStats(counter.count);
  tell({ type: 'ready', port: Number(new URL(url).port), meetingId });
}

void main();
