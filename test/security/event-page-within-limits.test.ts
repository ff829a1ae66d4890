import { DocumentNode, FragmentDefinitionNode, GraphQLSchema, Kind, parse, print, validate } from 'graphql';
import { loadConfig } from '../../server/config';
import { operationRules } from '../../server/graphql/limits';
import { createSchema } from '../../server/graphql/schema';
import { MAX_EVENTS_PAGE } from '../../server/live/live.service';
import { conference } from '../support/factories';
import { eventBurst } from '../support/live';
import { withSdkFragments } from '../support/sdk';
import { startTestServer, TestServer } from '../support/server';

const PAGE = `query($id: ID!) { meeting(id: $id) { events(first: ${MAX_EVENTS_PAGE}) { ...MeetingEventFields } } }`;
const PAGE_BY_VARIABLE = `query($id: ID!, $first: Int!) {
  meeting(id: $id) { events(first: $first) { ...MeetingEventFields } } }`;

const sdkDocument = (operation: string) => withSdkFragments(parse(operation).definitions[0]);

/** The cost the operation rules measure for `document` (read from its refusal at a limit of 1). */
function costOf(schema: GraphQLSchema, document: DocumentNode): number {
  const [refusal] = validate(schema, document, operationRules({ depth: 0, cost: 1, aliases: 0 }, true));
  return Number(/cost \((\d+)\)/.exec(refusal.message)![1]);
}

/** `document` with the subject's selection narrowed to its branch for one kind of subject. */
function withSubjectOf(document: DocumentNode, typeName: string): DocumentNode {
  const definitions = document.definitions.map((d) => {
    if (d.kind !== Kind.FRAGMENT_DEFINITION || d.name.value !== 'MeetingEventSubjectFields') return d;
    const selections = d.selectionSet.selections.filter(
      (s) => s.kind !== Kind.INLINE_FRAGMENT || s.typeCondition?.name.value === typeName,
    );
    return { ...d, selectionSet: { ...d.selectionSet, selections } } satisfies FragmentDefinitionNode;
  });
  return { ...document, definitions };
}

describe(`a page of ${MAX_EVENTS_PAGE} events with the SDK's fragments`, () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  it('is priced as that many events of the costliest kind of subject, not of every kind at once', () => {
    const page = sdkDocument(PAGE);
    const subjects = schema.getPossibleTypes(schema.getType('MeetingEventSubject') as never);
    const byKind = subjects.map((type) => costOf(schema, withSubjectOf(page, type.name)));
    expect(new Set(byKind).size).toBeGreaterThan(1);
    expect(costOf(schema, page)).toBe(Math.max(...byKind));
    // A `first` given by a variable is priced at the largest page the field admits.
    expect(costOf(schema, sdkDocument(PAGE_BY_VARIABLE))).toBe(costOf(schema, page));
    const { limits } = loadConfig({ NODE_ENV: 'production' });
    expect(costOf(schema, page)).toBeLessThanOrEqual(limits.cost);
    // Reported in the closing note: `npx jest test/security/event-page-within-limits --verbose`.
    console.log(
      `A page of ${MAX_EVENTS_PAGE} events with the SDK's fragments costs ${costOf(schema, page)} ` +
        `(by kind of subject: ${Math.min(...byKind)} to ${Math.max(...byKind)}; limit ${limits.cost})`,
    );
  });

  describe('on a real server whose result budget is the static price of the page', () => {
    let t: TestServer;
    beforeAll(async () => {
      // The page's fields, plus 10 SQL statements at 75 fields each (result-budget.ts).
      const budget = costOf(await createSchema(), sdkDocument(PAGE)) + 10 * 75;
      t = await startTestServer({ env: { MAX_RESULT_FIELDS: String(budget) } });
    });
    afterAll(() => t.close());

    it(`answers the whole page of ${MAX_EVENTS_PAGE}, by a literal or a variable`, async () => {
      const m = await conference(t, { sites: 1 });
      await eventBurst(t, m.meetingId, 5, 100);
      for (const [query, variables] of [
        [PAGE, { id: m.meetingId }],
        [PAGE_BY_VARIABLE, { id: m.meetingId, first: MAX_EVENTS_PAGE }],
      ] as const) {
        const result = await t.gql(print(sdkDocument(query)), variables, m.host);
        expect(result.errors).toBeUndefined();
        const { events } = result.data!.meeting;
        expect(events).toHaveLength(MAX_EVENTS_PAGE);
        expect(events.map((e: { seq: number }) => e.seq)).toEqual(
          Array.from({ length: MAX_EVENTS_PAGE }, (_, i) => i + 1),
        );
      }
    });
  });
});
