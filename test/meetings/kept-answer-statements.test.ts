import { MEETING_SNAPSHOT } from '../../scripts/bench/common';
import { CHECK_IN } from '../support/connection-points';
import { conference } from '../support/factories';
import { StatementCounter } from '../support/instruments';
import { startTestServer, TestServer } from '../support/server';

/**
 * What the `meeting` query costs in SQL statements with kept answers (graphql/answer-cache.ts): a
 * kept answer, those of the token and of the meeting's row; the sites that ask together after an
 * event, one execution between them.
 */
describe('statements of the meeting query with kept answers', () => {
  const counter = new StatementCounter();
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ queryLogger: counter });
  });
  afterAll(() => t.close());

  it('reads the token and the meeting for a kept answer, and executes once for sites asking together', async () => {
    const c = await conference(t, { sites: 8 });
    const ask = (token: string) => t.ok(MEETING_SNAPSHOT, { id: c.meetingId }, token);
    const [first, ...others] = c.sites;
    const executed = await counter.measure(() => ask(first.token));
    const kept = await counter.measure(() => ask(others[0].token));
    expect(kept.value).toEqual(executed.value);
    expect(kept.statements).toBeLessThanOrEqual(2);
    expect(executed.statements).toBeGreaterThan(kept.statements);
    expect(executed.statements).toBeLessThanOrEqual(20);

    await t.ok(CHECK_IN, { id: first.delegateId }, first.token);
    const together = await counter.measure(() => Promise.all(c.sites.map((site) => ask(site.token))));
    // Each site's token and the meeting's row, and one execution, not one per site: on MariaDB the
    // others wait for it; on SQLite an execution never yields to another request, which finds it kept.
    expect(together.statements).toBeLessThanOrEqual(executed.statements + 7 * kept.statements);
    expect(new Set(together.value.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(together.value[0]).not.toEqual(executed.value);
  });
});
