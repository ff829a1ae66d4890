import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../graphql/context';
import { Loaded, loadOptional } from '../graphql/loaders';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingConnection } from '../meetings/meeting.types';
import { Unit } from '../units/unit.entity';
import { MeetingSeries } from './meeting-series.entity';
import {
  CopyMeetingInput,
  CreateMeetingFromSeriesInput,
  CreateMeetingSeriesInput,
  UpdateMeetingSeriesInput,
} from './series.inputs';
import {
  StandingConnectionPointObject,
  StandingParticipantObject,
  TemplateAgendaItemObject,
} from './series.types';

@Resolver(() => MeetingSeries)
export class SeriesResolver {
  @Query(() => MeetingSeries, {
    nullable: true,
    description: 'A series; NOT_FOUND unless one may see it (its organizer unit or above)',
  })
  meetingSeries(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<MeetingSeries> {
    return ctx.services.series.get(ctx.actor, id);
  }

  @Mutation(() => MeetingSeries, { description: "The organizer's HOST or ADMIN: a new recurring meeting" })
  createMeetingSeries(
    @Arg('input') input: CreateMeetingSeriesInput,
    @Ctx() ctx: Context,
  ): Promise<MeetingSeries> {
    return ctx.services.series.create(ctx.actor, input);
  }

  @Mutation(() => MeetingSeries, {
    description: 'Changes a series; the meetings already made keep their setup',
  })
  updateMeetingSeries(
    @Arg('input') input: UpdateMeetingSeriesInput,
    @Ctx() ctx: Context,
  ): Promise<MeetingSeries> {
    return ctx.services.series.update(ctx.actor, input);
  }

  @Mutation(() => Meeting, {
    description: 'The next meeting of the series (DRAFT), with its standing points, participants and agenda',
  })
  createMeetingFromSeries(
    @Arg('input') input: CreateMeetingFromSeriesInput,
    @Ctx() ctx: Context,
  ): Promise<Meeting> {
    return ctx.services.series.createMeeting(ctx.actor, input);
  }

  @Mutation(() => Meeting, {
    description: 'A new meeting (DRAFT) copied from another: its points, participants, agenda and series',
  })
  copyMeeting(@Arg('input') input: CopyMeetingInput, @Ctx() ctx: Context): Promise<Meeting> {
    return ctx.services.series.copyMeeting(ctx.actor, input);
  }

  @FieldResolver(() => Unit)
  organizer(@Root() series: MeetingSeries, @Ctx() ctx: Context): Promise<Unit | null> {
    return ctx.loaders.unitById.load(series.organizerId);
  }

  @FieldResolver(() => Unit, { nullable: true })
  hostUnit(@Root() series: MeetingSeries, @Ctx() ctx: Context): Loaded<Unit | null> {
    return loadOptional(ctx.loaders.unitById, series.hostUnitId);
  }

  @FieldResolver(() => [StandingConnectionPointObject])
  connectionPoints(@Root() series: MeetingSeries): StandingConnectionPointObject[] {
    return series.template.connectionPoints;
  }

  @FieldResolver(() => [StandingParticipantObject])
  participants(@Root() series: MeetingSeries): StandingParticipantObject[] {
    return series.template.participants;
  }

  @FieldResolver(() => [TemplateAgendaItemObject])
  agenda(@Root() series: MeetingSeries): TemplateAgendaItemObject[] {
    return series.template.agenda;
  }

  @FieldResolver(() => MeetingConnection, { description: 'Its meetings that one may see, newest first' })
  meetings(
    @Root() series: MeetingSeries,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<MeetingConnection> {
    return ctx.services.meetings.list(ctx.actor, { seriesId: series.id }, { first, after });
  }
}

@Resolver(() => Meeting)
export class MeetingSeriesResolver {
  @FieldResolver(() => MeetingSeries, { nullable: true, description: 'The series the meeting is one of' })
  series(@Root() meeting: Meeting, @Ctx() ctx: Context): Loaded<MeetingSeries | null> {
    return loadOptional(ctx.loaders.seriesById, meeting.seriesId);
  }

  @FieldResolver(() => Meeting, {
    nullable: true,
    description: 'The meeting before this one in its series (not cancelled), when one may see it',
  })
  previousMeeting(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Meeting | null> {
    return meeting.seriesId ? ctx.loaders.previousMeetingByMeeting.load(meeting.id) : Promise.resolve(null);
  }
}
