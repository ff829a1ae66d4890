import { Context } from '../graphql/context';
import { groupBy, pickBy } from '../graphql/loaders';
import { Speech } from './speech.entity';

export function loadSpeech(ctx: Context, id: string): Promise<Speech | null> {
  return ctx.loaders
    .get<string, Speech | null>('speechById', async (ids) =>
      pickBy(ids, await ctx.services.speeches.byIds(ids), (s) => s.id),
    )
    .load(id);
}

export function loadSpeeches(ctx: Context, agendaItemId: string): Promise<Speech[]> {
  return ctx.loaders
    .get<string, Speech[]>('speechesByItem', async (ids) =>
      groupBy(ids, await ctx.services.speeches.byItems(ids), (s) => s.agendaItemId),
    )
    .load(agendaItemId);
}

export function loadQueue(ctx: Context, agendaItemId: string): Promise<Speech[]> {
  return ctx.loaders
    .get<string, Speech[]>('queueByItem', async (ids) =>
      groupBy(ids, await ctx.services.speeches.queuedByItems(ids), (s) => s.agendaItemId),
    )
    .load(agendaItemId);
}

export function loadCurrentSpeech(ctx: Context, meetingId: string): Promise<Speech | null> {
  return ctx.loaders
    .get<string, Speech | null>('speakingByMeeting', async (ids) =>
      pickBy(ids, await ctx.services.speeches.speakingByMeetings(ids), (s) => s.meetingId),
    )
    .load(meetingId);
}

export function loadExplanation(ctx: Context, questionId: string): Promise<Speech | null> {
  return ctx.loaders
    .get<string, Speech | null>('explanationByQuestion', async (ids) =>
      pickBy(ids, await ctx.services.speeches.explanationsOf(ids), (s) => s.questionId as string),
    )
    .load(questionId);
}
