import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Context } from '../graphql/context';
import { Meeting } from '../meetings/meeting.entity';
import { Participant } from '../participants/participant.entity';
import { Speech } from '../speeches/speech.entity';
import { Loaded, loadOptional } from '../graphql/loaders';
import { StoredFile } from '../files/stored-file.entity';
import { AgendaItem, AgendaItemStatus } from './agenda-item.entity';
import { AddAgendaItemInput, UpdateAgendaItemInput } from './agenda.inputs';

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @Mutation(() => AgendaItem)
  addAgendaItem(@Arg('input') input: AddAgendaItemInput, @Ctx() ctx: Context): Promise<AgendaItem> {
    return ctx.services.agenda.add(ctx.actor, input);
  }

  @Mutation(() => AgendaItem)
  updateAgendaItem(@Arg('input') input: UpdateAgendaItemInput, @Ctx() ctx: Context): Promise<AgendaItem> {
    return ctx.services.agenda.update(ctx.actor, input);
  }

  @Mutation(() => [AgendaItem], { description: 'Moves an item to `position` (1..n); returns the agenda' })
  moveAgendaItem(
    @Arg('id', () => ID) id: string,
    @Arg('position', () => Int) position: number,
    @Ctx() ctx: Context,
  ): Promise<AgendaItem[]> {
    return ctx.services.agenda.move(ctx.actor, id, position);
  }

  @Mutation(() => [AgendaItem], {
    description: 'Removes an item (before the meeting starts); returns the rest of the agenda',
  })
  removeAgendaItem(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AgendaItem[]> {
    return ctx.services.agenda.remove(ctx.actor, id);
  }

  @Mutation(() => AgendaItem, { description: 'Refused while another item is active: complete that first' })
  startAgendaItem(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AgendaItem> {
    return ctx.services.agenda.start(ctx.actor, id);
  }

  @Mutation(() => AgendaItem, { description: 'Ends the speech on, if any, and completes the item' })
  completeAgendaItem(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AgendaItem> {
    return ctx.services.agenda.complete(ctx.actor, id);
  }

  @Mutation(() => AgendaItem)
  skipAgendaItem(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AgendaItem> {
    return ctx.services.agenda.skip(ctx.actor, id);
  }

  @FieldResolver(() => Participant, { nullable: true })
  presenter(@Root() item: AgendaItem, @Ctx() ctx: Context): Loaded<Participant | null> {
    return loadOptional(ctx.loaders.participantById, item.presenterId);
  }

  @FieldResolver(() => [StoredFile], {
    description: 'The files attached (GET /files/:id, for whoever sees the meeting), first uploaded first',
  })
  files(@Root() item: AgendaItem, @Ctx() ctx: Context): Promise<StoredFile[]> {
    return ctx.loaders.filesByAgendaItem.load(item.id);
  }

  @FieldResolver(() => [Speech], { description: 'Every speech of the item, in the order asked for' })
  speeches(@Root() item: AgendaItem, @Ctx() ctx: Context): Promise<Speech[]> {
    return ctx.loaders.speechesByItem.load(item.id);
  }

  @FieldResolver(() => [Speech], { description: 'The QUEUED speeches, in queue order' })
  queue(@Root() item: AgendaItem, @Ctx() ctx: Context): Promise<Speech[]> {
    return ctx.loaders.queueByItem.load(item.id);
  }
}

/** The agenda fields of a meeting. */
@Resolver(() => Meeting)
export class MeetingAgendaResolver {
  @FieldResolver(() => [AgendaItem], { description: 'The agenda, in order' })
  agenda(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<AgendaItem[]> {
    return ctx.loaders.agendaByMeeting.load(meeting.id);
  }

  @FieldResolver(() => AgendaItem, { nullable: true, description: 'The ACTIVE item' })
  async currentAgendaItem(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<AgendaItem | null> {
    return activeOf(await ctx.loaders.agendaByMeeting.load(meeting.id));
  }

  @FieldResolver(() => [Speech], { description: 'The queue of the active item' })
  async speakerQueue(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Speech[]> {
    const active = activeOf(await ctx.loaders.agendaByMeeting.load(meeting.id));
    return active ? ctx.loaders.queueByItem.load(active.id) : [];
  }
}

const activeOf = (agenda: AgendaItem[]): AgendaItem | null =>
  agenda.find((i) => i.status === AgendaItemStatus.ACTIVE) ?? null;
