import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Context } from '../graphql/context';
import { Loaded, loadOptional } from '../graphql/loaders';
import { ConnectionPoint } from '../connection-points/connection-point.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Unit } from '../units/unit.entity';
import { AttendanceCounts } from './attendance';
import { AttendanceCountsObject } from './participant.types';
import { AddParticipantInput, UpdateParticipantInput } from './participant.inputs';
import { Participant } from './participant.entity';

@Resolver(() => Participant)
export class ParticipantResolver {
  @Mutation(() => Participant, { description: 'Hosts: registers a participant at a connection point' })
  addParticipant(@Arg('input') input: AddParticipantInput, @Ctx() ctx: Context): Promise<Participant> {
    return ctx.services.participants.add(ctx.actor, input);
  }

  @Mutation(() => Participant)
  updateParticipant(@Arg('input') input: UpdateParticipantInput, @Ctx() ctx: Context): Promise<Participant> {
    return ctx.services.participants.update(ctx.actor, input);
  }

  @Mutation(() => Participant, { description: 'Hosts: removes a participant; returns them as they were' })
  removeParticipant(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Participant> {
    return ctx.services.participants.remove(ctx.actor, id);
  }

  @Mutation(() => Participant, {
    description: "The participant's site operator or a host: marks them present",
  })
  checkInParticipant(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Participant> {
    return ctx.services.participants.checkIn(ctx.actor, id);
  }

  @Mutation(() => Participant, {
    description: "The participant's site operator or a host: ABSENT, or EXCUSED",
  })
  markParticipantAbsent(
    @Arg('id', () => ID) id: string,
    @Arg('excused', { defaultValue: false }) excused: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<Participant> {
    return ctx.services.participants.markAbsent(ctx.actor, id, excused, reason);
  }

  @FieldResolver(() => ConnectionPoint)
  connectionPoint(@Root() p: Participant, @Ctx() ctx: Context): Loaded<ConnectionPoint | null> {
    return ctx.loaders.connectionPointOf(p);
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() p: Participant, @Ctx() ctx: Context): Loaded<Unit | null> {
    return loadOptional(ctx.loaders.unitById, p.unitId);
  }
}

@Resolver(() => ConnectionPoint)
export class ConnectionPointParticipantsResolver {
  @FieldResolver(() => [Participant])
  participants(@Root() cp: ConnectionPoint, @Ctx() ctx: Context): Loaded<Participant[]> {
    return ctx.loaders.participantsAt(cp);
  }

  @FieldResolver(() => AttendanceCountsObject)
  async attendance(@Root() cp: ConnectionPoint, @Ctx() ctx: Context): Promise<AttendanceCounts> {
    const counts = await ctx.loaders.attendanceByConnectionPoint.load(cp.id);
    return Object.assign(new AttendanceCounts(), counts, { planned: cp.expectedAttendance });
  }
}

@Resolver(() => Meeting)
export class MeetingParticipantsResolver {
  @FieldResolver(() => [Participant], { description: 'In the order they were registered' })
  participants(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Participant[]> {
    return ctx.loaders.participantsOf(meeting.id);
  }

  @FieldResolver(() => AttendanceCountsObject)
  async attendance(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<AttendanceCounts> {
    const [counts, planned] = await Promise.all([
      ctx.loaders.attendanceByMeeting.load(meeting.id),
      ctx.loaders.plannedAttendanceByMeeting.load(meeting.id),
    ]);
    return Object.assign(new AttendanceCounts(), counts, { planned });
  }
}
