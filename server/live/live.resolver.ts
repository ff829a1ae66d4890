import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import { Context } from '../graphql/context';
import { Loaders } from '../graphql/loaders';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingEvent } from '../events/meeting-event';
import { LiveMeeting } from './live-meeting';
import { LiveMeetingObject, MeetingEventObject } from './live.types';
import { MAX_EVENTS_PAGE } from './live.service';
import { socketLink } from '../http/ws/socket-link';

type Subscribe<A> = SubscribeResolverData<unknown, A, Context>;

const linkOf = (ctx: Context) => socketLink(ctx.socket, ctx.services.config.subscriberBufferBytes);

/** Each push of a subscription is a request of its own: nothing loaded for an earlier push is reused. */
function freshLoaders(ctx: Context): void {
  ctx.loaders = new Loaders(ctx.services, ctx.actor, ctx.budget);
}

@Resolver()
export class LiveResolver {
  @Query(() => LiveMeetingObject, { description: 'What meetingLive would push now' })
  liveMeeting(@Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context): Promise<LiveMeeting> {
    return ctx.services.live.snapshot(ctx.actor, meetingId);
  }

  @Subscription(() => MeetingEventObject, {
    description:
      'The events of a meeting. With afterSeq: every event after it, in order, then live (nothing missed, ' +
      'nothing doubled); without: live from now. A subscriber that falls behind is closed with 4008.',
    subscribe: ({ args, context }: Subscribe<{ meetingId: string; afterSeq?: number | null }>) =>
      context.services.live.events(context.actor, args.meetingId, args.afterSeq ?? null, linkOf(context)),
  })
  meetingEvents(
    @Root() event: MeetingEvent,
    @Arg('meetingId', () => ID) _meetingId: string,
    @Arg('afterSeq', () => Int, { nullable: true }) _afterSeq: number | null,
    @Ctx() ctx: Context,
  ): MeetingEvent {
    freshLoaders(ctx);
    return event;
  }

  @Subscription(() => LiveMeetingObject, {
    description: 'The LiveMeeting on subscribe and after each change (bursts of changes are pushed once)',
    subscribe: ({ args, context }: Subscribe<{ meetingId: string }>) =>
      context.services.live.live(context.actor, args.meetingId, linkOf(context)),
  })
  meetingLive(
    @Root() live: LiveMeeting,
    @Arg('meetingId', () => ID) _meetingId: string,
    @Ctx() ctx: Context,
  ): LiveMeeting {
    freshLoaders(ctx);
    return live;
  }
}

@Resolver(() => Meeting)
export class MeetingEventsResolver {
  @FieldResolver(() => [MeetingEventObject], {
    description: `The meeting's event log in seq order: up to \`first\` (at most ${MAX_EVENTS_PAGE}) events after \`afterSeq\``,
  })
  events(
    @Root() meeting: Meeting,
    @Arg('afterSeq', () => Int, { defaultValue: 0 }) afterSeq: number,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<MeetingEvent[]> {
    return ctx.loaders.eventsByMeeting(afterSeq, first).load(meeting.id);
  }
}

@Resolver(() => LiveMeetingObject)
export class LiveMeetingResolver {
  /**
   * Taken when the push is executed, as are the speech's elapsedSeconds and remainingSeconds, so a
   * screen can run its timer on from them. A snapshot built earlier and pushed again (to a screen
   * that just joined) is no older than the reuse window of a joining screen (live-hub.ts).
   */
  @FieldResolver(() => Date, {
    description:
      "The server's clock when this push was made: the speech's elapsedSeconds and remainingSeconds are as of it",
  })
  serverTime(@Ctx() ctx: Context): Date {
    return ctx.services.clock.now();
  }
}
