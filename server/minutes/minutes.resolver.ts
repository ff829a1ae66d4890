import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Context } from '../graphql/context';
import { Meeting } from '../meetings/meeting.entity';
import { Minutes } from './minutes.entity';

@Resolver(() => Minutes)
export class MinutesResolver {
  @Mutation(() => Minutes, {
    description:
      'Hosts: drafts the minutes from the meeting’s event log, once it has started (one per meeting)',
  })
  draftMinutes(@Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context): Promise<Minutes> {
    return ctx.services.minutes.draft(ctx.actor, meetingId);
  }

  @Mutation(() => Minutes, {
    description: 'Hosts: replaces the text; a stale expectedVersion is CONFLICT carrying the current text',
  })
  updateMinutes(
    @Arg('id', () => ID) id: string,
    @Arg('text') text: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<Minutes> {
    return ctx.services.minutes.update(ctx.actor, id, text, expectedVersion);
  }

  @Mutation(() => Minutes, { description: 'Hosts: DRAFT → FINAL once the meeting has ENDED; then fixed' })
  finalizeMinutes(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Minutes> {
    return ctx.services.minutes.finalize(ctx.actor, id);
  }

  @FieldResolver(() => String, {
    description:
      'Where to download the minutes: this path on the server, with ?format=docx|pdf|html|md and a Bearer token',
  })
  url(@Root() minutes: Minutes): string {
    return `/meetings/${minutes.meetingId}/minutes`;
  }
}

@Resolver(() => Meeting)
export class MeetingMinutesResolver {
  @FieldResolver(() => Minutes, { nullable: true, description: 'The minutes (biên bản), once drafted' })
  minutes(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Minutes | null> {
    return ctx.loaders.minutesByMeeting.load(meeting.id);
  }
}
