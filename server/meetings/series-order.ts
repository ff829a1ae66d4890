/**
 * The order of the meetings of a series, in SQL: by scheduled start, else by creation. Both the
 * previous meeting (`Meeting.previousMeeting`) and the directives carried over read it.
 */
export const seriesKey = (alias: string): string => `COALESCE(${alias}.scheduledStart, ${alias}.createdAt)`;

/** `p` is an earlier meeting than `m` of the same series, and not cancelled. */
export const earlierInSeries = (p: string, m: string): string =>
  `${p}.seriesId = ${m}.seriesId AND ${p}.id <> ${m}.id AND ${p}.status <> 'CANCELLED' AND ${seriesKey(p)} < ${seriesKey(m)}`;
