import { badInput, ErrorReason } from './errors';

/**
 * The most rows of one kind under one parent. Every list of the API is bounded by one of these (or
 * by its page): the commands refuse to go past them, and the cost of an operation prices each list
 * at its cap (graphql/list-bounds.ts). A national meeting has 764 connection points and 5 to 30
 * people at each (shared/scenarios/national-scale.json); the caps leave room above that.
 */
export const LIST_CAPS = {
  connectionPointsPerMeeting: 1000,
  participantsPerMeeting: 25_000,
  participantsPerConnectionPoint: 200,
  agendaItemsPerMeeting: 100,
  speechesPerAgendaItem: 300,
  directivesPerConclusion: 200,
  progressReportsPerDirective: 100,
  /** The open directives of earlier meetings shown at one meeting: the oldest first. */
  carriedOverPerMeeting: 1000,
  unitsPerParent: 1000,
  reportRequestsPerMeeting: 50,
  // A report and its annexes; the hosts' view of every report of a meeting stays within the cost limit.
  filesPerReport: 5,
  // The documents of an agenda item (the main report, its annexes, the tham luận texts).
  filesPerAgendaItem: 10,
} as const;

/** Refuses to add one more row to `count` rows when they are at `cap` already. */
export function assertRoom(count: number, cap: number, field: string, what: string): void {
  if (count < cap) return;
  throw badInput(field, ErrorReason.LIST_CAP_REACHED, { limit: cap, what }, { limit: cap });
}
