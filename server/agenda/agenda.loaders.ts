import { Context } from '../graphql/context';
import { groupBy, pickBy } from '../graphql/loaders';
import { AgendaItem } from './agenda-item.entity';

/** A meeting's agenda in order, batched per request. */
export function loadAgenda(ctx: Context, meetingId: string): Promise<AgendaItem[]> {
  return ctx.loaders
    .get<string, AgendaItem[]>('agendaByMeeting', async (ids) =>
      groupBy(ids, await ctx.services.agenda.byMeetings(ids), (i) => i.meetingId),
    )
    .load(meetingId);
}

export function loadAgendaItem(ctx: Context, id: string): Promise<AgendaItem | null> {
  return ctx.loaders
    .get<string, AgendaItem | null>('agendaItemById', async (ids) =>
      pickBy(ids, await ctx.services.agenda.byIds(ids), (i) => i.id),
    )
    .load(id);
}
