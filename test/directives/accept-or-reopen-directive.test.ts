import { expectError, startTestServer, TestServer } from '../support/server';
import { addDirective, ANNOUNCE, concludedMeeting, PUBLISH, report } from '../support/conclusions';
import { lifecycle, unit, user } from '../support/factories';

const ACCEPT = `mutation($id: ID!) { acceptDirective(id: $id) { id status acceptedAt } }`;
const REOPEN = `mutation($id: ID!, $r: String!) { reopenDirective(id: $id, reason: $r) { id status } }`;
const READ = `query($id: ID!) { directives(filter: { meetingId: $id }, first: 1) { edges { node { id status acceptedAt
  progress { kind status note } } } } }`;

describe('a directive reported DONE: the host accepts it or reopens it, once', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  async function reportedDone() {
    const m = await concludedMeeting(t);
    const district = await unit(t, 'VKSND huyện Sơn Hòa', { parentId: m.organizerId });
    const d = await addDirective(t, m.host.token, { meetingId: m.meetingId, assigneeUnitId: district });
    // Announced, the meeting ended, published: the notice reaches the unit, which follows it up.
    await t.ok(ANNOUNCE, { id: m.conclusionId }, m.host.token);
    await lifecycle(t, m.host.token, m.meetingId, 'end');
    await t.ok(PUBLISH, { id: m.conclusionId, n: '12/TB-VKS' }, m.host.token);
    const operator = await user(t, 'SITE_OPERATOR', { unitId: district });
    await report(t, operator.token, d.id, 'DONE', 'Đã hoàn thành');
    return { ...m, directiveId: d.id as string, operator };
  }

  it('takes one of an accept and a reopen sent at once; the other is CONFLICT', async () => {
    const m = await reportedDone();
    const results = await Promise.all([
      t.gql(ACCEPT, { id: m.directiveId }, m.host.token),
      t.gql(REOPEN, { id: m.directiveId, r: 'Chưa đủ hồ sơ' }, m.host.token),
    ]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.sort()).toEqual(['CONFLICT', 'OK']);
    const [row] = (await t.ok(READ, { id: m.meetingId }, m.host.token)).directives.edges.map(
      (e: any) => e.node,
    );
    const accepted = !results[0].errors;
    expect(row.progress.map((p: any) => p.kind)).toEqual(['REPORTED', accepted ? 'ACCEPTED' : 'REOPENED']);
    expect([row.status, row.acceptedAt !== null]).toEqual(accepted ? ['DONE', true] : ['IN_PROGRESS', false]);
  });

  it('is refused to the unit itself, and for a directive not reported DONE; a reason is required', async () => {
    const m = await reportedDone();
    // The unit sees its directive, not the meeting whose hosts decide on it.
    expectError(await t.gql(ACCEPT, { id: m.directiveId }, m.operator.token), 'NOT_FOUND');
    expectError(
      await t.gql(REOPEN, { id: m.directiveId, r: '   ' }, m.host.token),
      'BAD_USER_INPUT',
      'reason',
    );
    await t.ok(REOPEN, { id: m.directiveId, r: 'Còn thiếu số liệu' }, m.host.token);
    expectError(await t.gql(ACCEPT, { id: m.directiveId }, m.host.token), 'CONFLICT');
    // The unit reports again; once accepted, it is closed for good.
    await report(t, m.operator.token, m.directiveId, 'DONE', 'Đã bổ sung số liệu');
    await t.ok(ACCEPT, { id: m.directiveId }, m.host.token);
    expectError(await t.gql(REOPEN, { id: m.directiveId, r: 'Xem lại' }, m.host.token), 'CONFLICT');
  });
});
