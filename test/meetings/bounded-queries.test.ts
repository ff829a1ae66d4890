import { StatementCounter } from '../support/instruments';
import { TestServer, startTestServer } from '../support/server';
import { Account, meeting, unit, user } from '../support/factories';

const LIST = `query($first: Int) { meetings(first: $first) {
  totalCount edges { node { id organizer { name } hostUnit { name } hosts { displayName } } } } }`;

describe('meetings: a page costs the same few statements whatever its size', () => {
  const counter = new StatementCounter();
  let t: TestServer;
  let hosts: Account[];
  beforeAll(async () => {
    t = await startTestServer({ queryLogger: counter });
    hosts = [await user(t, 'HOST', { name: 'Chủ trì A' }), await user(t, 'HOST', { name: 'Thư ký B' })];
    const units = [
      await unit(t, 'VKSND tỉnh Sơn La', { level: 'PROVINCIAL', exact: true }),
      await unit(t, 'VKSND tỉnh Điện Biên', { level: 'PROVINCIAL', exact: true }),
    ];
    for (let i = 0; i < 30; i++) {
      await meeting(t, hosts[i % 2].token, {
        organizerId: units[i % 2],
        hostUnitId: units[(i + 1) % 2],
        hostUserIds: [hosts[(i + 1) % 2].id],
      });
    }
  });
  afterAll(() => t.close());

  async function statementsFor(first: number): Promise<number> {
    const token = await t.adminToken();
    counter.reset();
    counter.counting = true;
    const data = await t.ok(LIST, { first }, token);
    counter.counting = false;
    expect(data.meetings.edges).toHaveLength(first);
    expect(data.meetings.edges[0].node.hosts).toHaveLength(2);
    return counter.count;
  }

  it('runs as many statements for 30 meetings with their units and hosts as for 2', async () => {
    const small = await statementsFor(2);
    const large = await statementsFor(30);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(8);
  });
});
