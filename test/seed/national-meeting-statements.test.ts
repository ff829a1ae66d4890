import { StatementCounter } from '../support/instruments';
import { Gql, seedNational } from '../../server/seed/seed';
import { startTestServer, TestServer } from '../support/server';
// The same document as the query-side benchmark.
import { MEETING_SNAPSHOT } from '../../scripts/bench/common';

describe('the meeting query of a national-size meeting', () => {
  const counter = new StatementCounter();
  let t: TestServer;
  beforeAll(async () => {
    // Statements are counted here, not time: no execution time limit on a loaded machine.
    t = await startTestServer({ queryLogger: counter, env: { MAX_EXECUTION_MS: '0' } });
  });
  afterAll(() => t.close());

  async function statementsFor(
    meetingId: string,
  ): Promise<{ statements: number; sites: number; people: number }> {
    const token = await t.adminToken();
    counter.reset();
    counter.counting = true;
    const data = await t.ok(MEETING_SNAPSHOT, { id: meetingId }, token);
    counter.counting = false;
    return {
      statements: counter.count,
      sites: data.meeting.connectionPoints.length,
      people: data.meeting.participants.length,
    };
  }

  it('runs the same small number of SQL statements for 10 sites and for 764 sites', async () => {
    const token = await t.adminToken();
    const gql: Gql = (query, variables) => t.ok(query, variables, token);
    const small = await seedNational(gql, {
      provinces: 3,
      districts: 6,
      participants: 40,
      agendaItems: 10,
      title: 'Nhỏ',
    });
    const national = await seedNational(gql, { title: 'Toàn Ngành' });

    const a = await statementsFor(small.meetingId);
    const b = await statementsFor(national.meetingId);
    expect(a.sites).toBe(10);
    expect(b.sites).toBe(764);
    expect(b.people).toBe(3000);
    // Reported in the closing note: `npx jest test/seed -t statements --verbose`.
    console.log(
      `SQL statements for the meeting query: ${a.statements} (10 sites), ${b.statements} (764 sites, 3000 delegates)`,
    );
    expect(b.statements).toBe(a.statements);
    expect(b.statements).toBeLessThanOrEqual(20);
  }, 600_000);
});
