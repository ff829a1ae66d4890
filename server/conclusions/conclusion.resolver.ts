import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Context } from '../graphql/context';
import { Meeting } from '../meetings/meeting.entity';
import { Directive } from '../directives/directive.entity';
import { Conclusion } from './conclusion.entity';
import { DraftConclusionInput } from './conclusion.inputs';
import { Notice } from './notice';
import { NoticeObject } from './conclusion.types';

@Resolver(() => Conclusion)
export class ConclusionResolver {
  @Mutation(() => Conclusion, {
    description: 'Hosts: starts the draft conclusion of a meeting (one per meeting)',
  })
  draftConclusion(@Arg('input') input: DraftConclusionInput, @Ctx() ctx: Context): Promise<Conclusion> {
    return ctx.services.conclusions.draft(ctx.actor, input);
  }

  @Mutation(() => Conclusion, {
    description: 'Hosts: replaces the text; a stale expectedVersion is CONFLICT carrying the current text',
  })
  updateConclusion(
    @Arg('id', () => ID) id: string,
    @Arg('text') text: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<Conclusion> {
    return ctx.services.conclusions.update(ctx.actor, id, text, expectedVersion);
  }

  @Mutation(() => Conclusion, {
    description: 'Hosts: DRAFT → ANNOUNCED, while the meeting is LIVE or PAUSED',
  })
  announceConclusion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Conclusion> {
    return ctx.services.conclusions.announce(ctx.actor, id);
  }

  @Mutation(() => Conclusion, {
    description: 'Hosts: publishes the numbered notice after the meeting ENDED; then it is fixed',
  })
  publishConclusion(
    @Arg('id', () => ID) id: string,
    @Arg('noticeNumber', { description: 'E.g. "12/TB-VKS": unique per organizer unit and year' })
    noticeNumber: string,
    @Ctx() ctx: Context,
  ): Promise<Conclusion> {
    return ctx.services.conclusions.publish(ctx.actor, id, noticeNumber);
  }

  @FieldResolver(() => [Directive], { description: 'In the order they were given' })
  directives(@Root() conclusion: Conclusion, @Ctx() ctx: Context): Promise<Directive[]> {
    return ctx.loaders.directivesByConclusion.load(conclusion.id);
  }

  @FieldResolver(() => NoticeObject, { description: 'The notice of conclusions (a draft until published)' })
  notice(@Root() conclusion: Conclusion, @Ctx() ctx: Context): Promise<Notice> {
    return ctx.loaders.noticeOfConclusion.load(conclusion);
  }
}

@Resolver(() => Meeting)
export class MeetingConclusionResolver {
  @FieldResolver(() => Conclusion, { nullable: true })
  conclusion(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Conclusion | null> {
    return ctx.loaders.conclusionByMeeting.load(meeting.id);
  }
}
