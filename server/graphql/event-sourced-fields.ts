import {
  BREAK,
  DocumentNode,
  FieldNode,
  getOperationAST,
  GraphQLField,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { GraphQLSchema } from 'graphql';

/**
 * The fields, by `Type.field`, whose value below `Query.meeting` is a function of that meeting's
 * event log and of nothing else: the meeting's own rows (every change to them is a command with an
 * event, events/meeting-commands.ts) and units, which are created and never changed (createUnit is
 * the only write). Whoever asks, within one `access.liveScope`, gets the same value. An answer that
 * selects only these is the same until the meeting's next event (answer-cache.ts).
 *
 * Not here, so never served from a kept answer: what follows the clock (Speech.elapsedSeconds and
 * remainingSeconds, Directive.overdue), what other tables hold (users: Meeting.hosts; series, files,
 * reports, directives and their progress, other meetings), and what depends on who asks beyond the
 * scope. A field added to the API is not here until someone checks it belongs.
 */
export const EVENT_SOURCED_FIELDS: ReadonlySet<string> = new Set([
  'Query.meeting',
  ...fields(
    'Meeting',
    `id title description kind format status version planReference organizerId organizer hostUnitId
     hostUnit seriesId lastEventSeq scheduledStart scheduledEnd startedAt endedAt cancelledAt
     cancelReason createdAt updatedAt connectionPoints participants attendance agenda
     currentAgendaItem currentSpeech speakerQueue conclusion`,
  ),
  ...fields(
    'ConnectionPoint',
    `id meetingId unitId unit role name location operatorName operatorContact presidingName
     expectedAttendance connectionState lastSeenAt hasAccessCode accessCodeIssuedAt createdAt
     updatedAt participants attendance`,
  ),
  ...fields(
    'Participant',
    `id meetingId connectionPointId connectionPoint unitId unit name position role attendance
     checkedInAt absenceReason createdAt updatedAt`,
  ),
  ...fields('AttendanceCounts', 'planned total present expected absent excused'),
  ...fields(
    'AgendaItem',
    `id meetingId position title kind status plannedMinutes presenterId presenter notes documents
     startedAt endedAt createdAt updatedAt speeches queue`,
  ),
  ...fields(
    'Speech',
    `id meetingId agendaItemId agendaItem connectionPointId connectionPoint participantId speaker
     speakerName displayName unitId unit kind status topic timeLimitSeconds queuePosition
     requestedAt startedAt endedAt spokenSeconds questionId question explanation rejectionReason
     createdAt updatedAt`,
  ),
  ...fields(
    'Conclusion',
    `id meetingId status text version concludedById lastEditedById noticeNumber noticeYear
     noticeUrl announcedAt publishedAt createdAt updatedAt`,
  ),
  ...fields('Unit', 'id name fullName level parentId parent placeName createdAt updatedAt'),
]);

/** `Type.field` for each of the space-separated `names`. */
function fields(type: string, names: string): string[] {
  return names
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => `${type}.${name}`);
}

/** The `meeting` field of an operation whose every field is event-sourced, and its definition. */
export type MeetingSelection = { node: FieldNode; field: GraphQLField<unknown, unknown> };

/**
 * The root `meeting` field of the operation `operationName` of `document` (validated) when the
 * operation is a query of that one field (and `__typename`) and everything it and the document's
 * fragments select is in EVENT_SOURCED_FIELDS; else null.
 */
export function eventSourcedMeeting(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): MeetingSelection | null {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'query') return null;
  const roots = operation.selectionSet.selections.filter(
    (s) => !(s.kind === Kind.FIELD && s.name.value === '__typename'),
  );
  const [root] = roots;
  if (roots.length !== 1 || root.kind !== Kind.FIELD || root.name.value !== 'meeting') return null;
  const typeInfo = new TypeInfo(schema);
  let sourced = true;
  const check = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const name = node.name.value;
      if (name === '__typename' || EVENT_SOURCED_FIELDS.has(`${typeInfo.getParentType()?.name}.${name}`))
        return undefined;
      sourced = false;
      return BREAK;
    },
  });
  // Every fragment of the document, not only those this operation spreads: more than needed, never less.
  for (const definition of document.definitions) {
    if (sourced && (definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION))
      visit(definition, check);
  }
  const field = schema.getQueryType()?.getFields().meeting;
  return sourced && field ? { node: root, field } : null;
}
