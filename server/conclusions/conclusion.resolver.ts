import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Context } from '../graphql/context';
import { Meeting } from '../meetings/meeting.entity';
import { Directive } from '../directives/directive.entity';
import { Conclusion } from './conclusion.entity';
import { DraftConclusionInput, NoticeDetailsInput } from './conclusion.inputs';
import { Notice, noticePath } from './notice';
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
    @Arg('noticeNumber', {
      description: 'E.g. "12/TB-VKS", "05/TB-VKS", "12-TB/BCSĐ": unique per organizer unit and year',
    })
    noticeNumber: string,
    @Arg('notice', () => NoticeDetailsInput, {
      nullable: true,
      description: 'The signer (required), the signing date, the place and Nơi nhận',
    })
    notice: NoticeDetailsInput | null,
    @Ctx() ctx: Context,
  ): Promise<Conclusion> {
    return ctx.services.conclusions.publish(ctx.actor, id, noticeNumber, notice);
  }

  @FieldResolver(() => [Directive], { description: 'In the order they were given' })
  directives(@Root() conclusion: Conclusion, @Ctx() ctx: Context): Promise<Directive[]> {
    return ctx.loaders.directivesByConclusion.load(conclusion.id);
  }

  @FieldResolver(() => String, {
    description:
      'Where to download the notice: this path on the server, with ?format=docx|pdf|html|md and a Bearer token',
  })
  noticeUrl(@Root() conclusion: Conclusion): string {
    return noticePath(conclusion.meetingId);
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
