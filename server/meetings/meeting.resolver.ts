import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { canSeeMeetingHosts } from '../access/access';
import { User } from '../auth/user.entity';
import { Context } from '../graphql/context';
import { Loaded, loadOptional } from '../graphql/loaders';
import { Unit } from '../units/unit.entity';
import { Meeting } from './meeting.entity';
import { CreateMeetingInput, MeetingFilter, UpdateMeetingInput } from './meeting.inputs';
import { MeetingConnection } from './meeting.types';

const idArg = () => Arg('id', () => ID);

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, { nullable: true, description: 'A meeting; NOT_FOUND when unknown or not visible' })
  meeting(@idArg() id: string, @Ctx() ctx: Context): Promise<Meeting> {
    return ctx.services.meetings.get(ctx.actor, id);
  }

  @Query(() => MeetingConnection, {
    description: 'Newest scheduled first; a site token sees its own meeting',
  })
  meetings(
    @Arg('filter', () => MeetingFilter, { nullable: true }) filter: MeetingFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: 20 by default, at most 100' })
    first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<MeetingConnection> {
    return ctx.services.meetings.list(ctx.actor, filter, { first, after });
  }

  @Mutation(() => Meeting)
  createMeeting(@Arg('input') input: CreateMeetingInput, @Ctx() ctx: Context): Promise<Meeting> {
    return ctx.services.meetings.create(ctx.actor, input);
  }

  @Mutation(() => Meeting)
  updateMeeting(@Arg('input') input: UpdateMeetingInput, @Ctx() ctx: Context): Promise<Meeting> {
    return ctx.services.meetings.update(ctx.actor, input);
  }

  @Mutation(() => Meeting, { description: 'DRAFT → SCHEDULED' })
  scheduleMeeting(@idArg() id: string, @Ctx() ctx: Context): Promise<Meeting> {
    return ctx.services.meetings.schedule(ctx.actor, id);
  }

  @Mutation(() => Meeting, { description: 'DRAFT or SCHEDULED → LIVE' })
  startMeeting(@idArg() id: string, @Ctx() ctx: Context): Promise<Meeting> {
    return ctx.services.meetings.start(ctx.actor, id);
  }

  @Mutation(() => Meeting, { description: 'LIVE → PAUSED' })
  pauseMeeting(@idArg() id: string, @Ctx() ctx: Context): Promise<Meeting> {
    return ctx.services.meetings.pause(ctx.actor, id);
  }

  @Mutation(() => Meeting, { description: 'PAUSED → LIVE' })
  resumeMeeting(@idArg() id: string, @Ctx() ctx: Context): Promise<Meeting> {
    return ctx.services.meetings.resume(ctx.actor, id);
  }

  @Mutation(() => Meeting, { description: 'LIVE or PAUSED → ENDED' })
  endMeeting(@idArg() id: string, @Ctx() ctx: Context): Promise<Meeting> {
    return ctx.services.meetings.end(ctx.actor, id);
  }

  @Mutation(() => Meeting, { description: 'DRAFT or SCHEDULED → CANCELLED' })
  cancelMeeting(
    @idArg() id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<Meeting> {
    return ctx.services.meetings.cancel(ctx.actor, id, reason);
  }

  @Mutation(() => Meeting, { description: 'Makes a HOST or ADMIN user a host of the meeting' })
  addMeetingHost(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() ctx: Context,
  ): Promise<Meeting> {
    return ctx.services.meetings.addHost(ctx.actor, meetingId, userId);
  }

  @Mutation(() => Meeting, { description: 'Removes a host; the last one stays' })
  removeMeetingHost(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() ctx: Context,
  ): Promise<Meeting> {
    return ctx.services.meetings.removeHost(ctx.actor, meetingId, userId);
  }

  @FieldResolver(() => [User], {
    description: 'The users who host the meeting (chủ trì, thư ký); empty for a site token',
  })
  async hosts(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<User[]> {
    if (!canSeeMeetingHosts(ctx.actor)) return [];
    return ctx.loaders.hostsByMeeting.load(meeting.id);
  }

  @FieldResolver(() => Unit, { nullable: true })
  organizer(@Root() meeting: Meeting, @Ctx() ctx: Context): Loaded<Unit | null> {
    return loadOptional(ctx.loaders.unitById, meeting.organizerId);
  }

  @FieldResolver(() => Unit, { nullable: true })
  hostUnit(@Root() meeting: Meeting, @Ctx() ctx: Context): Loaded<Unit | null> {
    return loadOptional(ctx.loaders.unitById, meeting.hostUnitId);
  }
}
