import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../graphql/context';
import { Loaded, loadOptional } from '../graphql/loaders';
import { Meeting } from '../meetings/meeting.entity';
import { Unit } from '../units/unit.entity';
import { Directive, DirectiveProgress } from './directive.entity';
import {
  AddDirectiveInput,
  DirectiveFilter,
  ReportDirectiveProgressInput,
  UpdateDirectiveInput,
} from './directive.inputs';
import { DirectiveConnection, DirectiveCounts } from './directive.types';

@Resolver(() => Directive)
export class DirectiveResolver {
  @Mutation(() => Directive, {
    description: "Hosts: adds a directive to the meeting's conclusion, until published",
  })
  addDirective(@Arg('input') input: AddDirectiveInput, @Ctx() ctx: Context): Promise<Directive> {
    return ctx.services.directives.add(ctx.actor, input);
  }

  @Mutation(() => Directive, { description: 'Hosts: changes a directive, until the conclusion is published' })
  updateDirective(@Arg('input') input: UpdateDirectiveInput, @Ctx() ctx: Context): Promise<Directive> {
    return ctx.services.directives.update(ctx.actor, input);
  }

  @Mutation(() => Directive, { description: "The assignee unit's operator (or a host) reports progress" })
  reportDirectiveProgress(
    @Arg('input') input: ReportDirectiveProgressInput,
    @Ctx() ctx: Context,
  ): Promise<Directive> {
    return ctx.services.directives.report(ctx.actor, input);
  }

  @Mutation(() => Directive, {
    description: "Hosts (or the organizer's office): accepts a directive the unit reported DONE",
  })
  acceptDirective(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Directive> {
    return ctx.services.directives.accept(ctx.actor, id);
  }

  @Mutation(() => Directive, {
    description:
      "Hosts (or the organizer's office): sends a reported DONE back, IN_PROGRESS, with the reason",
  })
  reopenDirective(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: Context,
  ): Promise<Directive> {
    return ctx.services.directives.reopen(ctx.actor, id, reason);
  }

  @Query(() => DirectiveConnection, { description: 'Directives across meetings, by deadline, for follow-up' })
  directives(
    @Arg('filter', () => DirectiveFilter, { nullable: true }) filter: DirectiveFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<DirectiveConnection> {
    return ctx.services.directives.list(ctx.actor, filter, first, after);
  }

  @Query(() => DirectiveCounts, { description: 'Counts of the directives that match the filter' })
  directiveDashboard(
    @Arg('filter', () => DirectiveFilter, { nullable: true }) filter: DirectiveFilter | null,
    @Ctx() ctx: Context,
  ): Promise<DirectiveCounts> {
    return ctx.services.directives.dashboard(ctx.actor, filter);
  }

  @FieldResolver(() => Unit)
  assigneeUnit(@Root() d: Directive, @Ctx() ctx: Context): Loaded<Unit | null> {
    return loadOptional(ctx.loaders.unitById, d.assigneeUnitId);
  }

  @FieldResolver(() => [Directive], {
    description: 'The directives given together to several units (this one included), each its own progress',
  })
  group(@Root() d: Directive, @Ctx() ctx: Context): Promise<Directive[]> {
    return ctx.loaders.directivesByGroup.load(d.groupId);
  }

  @FieldResolver(() => [DirectiveProgress], { description: 'The progress reports, oldest first' })
  progress(@Root() d: Directive, @Ctx() ctx: Context): Promise<DirectiveProgress[]> {
    return ctx.loaders.progressByDirective.load(d.id);
  }

  @FieldResolver(() => Boolean, { description: 'Not DONE and past its deadline, by the server clock now' })
  overdue(@Root() d: Directive, @Ctx() ctx: Context): boolean {
    return ctx.services.directives.isOverdue(d);
  }

  @FieldResolver(() => Boolean, {
    description: 'Not DONE and its deadline within DIRECTIVE_DUE_SOON_HOURS, by the server clock now',
  })
  dueSoon(@Root() d: Directive, @Ctx() ctx: Context): boolean {
    return ctx.services.directives.isDueSoon(d);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'For a DONE directive: done after its deadline',
  })
  completedLate(@Root() d: Directive, @Ctx() ctx: Context): boolean | null {
    return ctx.services.directives.completedLate(d);
  }
}

@Resolver(() => Meeting)
export class MeetingDirectivesResolver {
  @FieldResolver(() => [Directive], {
    description:
      'Directives not yet DONE from every earlier meeting of its series, or of the same kind and organizer',
  })
  carriedOverDirectives(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Directive[]> {
    return ctx.loaders.carriedOverByMeeting.load(meeting.id);
  }

  @FieldResolver(() => DirectiveCounts, { description: "Counts of the meeting's own directives" })
  async directiveCounts(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<DirectiveCounts> {
    const counts = await ctx.loaders.directiveCountsByMeeting.load(meeting.id);
    return counts!;
  }
}
