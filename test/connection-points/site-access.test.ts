import { createHash } from 'node:crypto';
import { ConnectionPoint } from '../../server/connection-points/connection-point.entity';
import { MeetingEventRecord } from '../../server/events/meeting-event.entity';
import { TestServer, expectError, startTestServer } from '../support/server';
import { ISSUE_CODE, JOIN_SITE, connectionPoint, hostedMeeting, lifecycle } from '../support/factories';
import { REVOKE_CODE, setupOf } from '../support/connection-points';
import { UNKNOWN_ID } from '../support/instruments';

const ME = '{ me { kind role name connectionPointId meetingId } }';
const SEE_MEETING = 'query($id: ID!) { meeting(id: $id) { id title connectionPoints { name } } }';

describe('site access codes', () => {
  let t: TestServer;
  let host: string;
  let outsider: string;
  let meetingId: string;
  let cp: Record<string, any>;
  beforeAll(async () => {
    t = await startTestServer();
  });
  // A fresh meeting per test: tests run alone and in any order.
  beforeEach(async () => {
    ({ host, outsider, meetingId } = await hostedMeeting(t));
    cp = await connectionPoint(t, host, meetingId, { name: 'Điểm cầu VKSND huyện Sơn Tây' });
  });
  afterAll(() => t.close());

  const issue = async (id = cp.id) => (await t.ok(ISSUE_CODE, { id }, host)).issueSiteAccessCode;
  const join = (code: string) => t.gql(JOIN_SITE, { code });

  it('requires authentication to issue and revoke', async () => {
    expectError(await t.gql(ISSUE_CODE, { id: cp.id }), 'UNAUTHENTICATED');
    expectError(await t.gql(REVOKE_CODE, { id: cp.id }), 'UNAUTHENTICATED');
  });

  it('issues a typable code, shown once, that a site exchanges for a token bound to its point', async () => {
    const issued = await issue();
    expect(issued.code).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
    expect(issued.connectionPoint).toEqual({ id: cp.id, hasAccessCode: true });
    const joined = (await join(issued.code)).data!.joinSite;
    expect(joined.connectionPoint).toEqual({ id: cp.id, name: 'Điểm cầu VKSND huyện Sơn Tây' });
    expect(joined.meeting).toMatchObject({ id: meetingId, status: 'DRAFT' });
    const me = await t.ok(ME, {}, joined.token);
    expect(me.me).toEqual({
      kind: 'site',
      role: 'SITE_OPERATOR',
      name: 'Điểm cầu VKSND huyện Sơn Tây',
      connectionPointId: cp.id,
      meetingId,
    });
    const seen = await t.ok(SEE_MEETING, { id: meetingId }, joined.token);
    expect(seen.meeting.connectionPoints).toEqual([{ name: 'Điểm cầu VKSND huyện Sơn Tây' }]);
    // Typed back in lower case with spaces, it still works.
    const typed = issued.code.toLowerCase().replace('-', ' ');
    expect((await join(typed)).data?.joinSite.connectionPoint.id).toBe(cp.id);
  });

  it('stores the code only as its SHA-256, and never in the event log', async () => {
    const { code } = await issue();
    const hash = createHash('sha256').update(code.replace('-', '')).digest('hex');
    const { manager } = t.server.services.db.dataSource;
    const stored = await manager.findOneByOrFail(ConnectionPoint, { id: cp.id });
    expect(stored.accessCodeHash).toBe(hash);
    const log = await manager.find(MeetingEventRecord, { where: { meetingId } });
    expect(log.map((e) => e.type)).toContain('SITE_ACCESS_CODE_ISSUED');
    for (const e of log) {
      expect(e.subject).not.toContain(hash);
      expect(e.subject).not.toContain(code.replace('-', ''));
    }
  });

  it('keeps a site token to its own meeting', async () => {
    const other = await hostedMeeting(t);
    const joined = (await join((await issue()).code)).data!.joinSite;
    expectError(await t.gql(SEE_MEETING, { id: other.meetingId }, joined.token), 'NOT_FOUND');
  });

  it('stops the old code and its tokens when a code is re-issued', async () => {
    const first = await issue();
    const token = (await join(first.code)).data!.joinSite.token;
    const second = await issue();
    expect(second.code).not.toBe(first.code);
    expectError(await join(first.code), 'UNAUTHENTICATED');
    expectError(await t.gql(ME, {}, token), 'UNAUTHENTICATED');
    const fresh = (await join(second.code)).data!.joinSite.token;
    expect((await t.ok(ME, {}, fresh)).me.kind).toBe('site');
  });

  it('stops the code and its tokens on revoke, and refuses to revoke twice', async () => {
    const issued = await issue();
    const token = (await join(issued.code)).data!.joinSite.token;
    const revoked = await t.ok(REVOKE_CODE, { id: cp.id }, host);
    expect(revoked.revokeSiteAccessCode).toEqual({
      id: cp.id,
      hasAccessCode: false,
      accessCodeIssuedAt: null,
    });
    expectError(await join(issued.code), 'UNAUTHENTICATED');
    expectError(await t.gql(ME, {}, token), 'UNAUTHENTICATED');
    const before = await setupOf(t, host, meetingId);
    expectError(await t.gql(REVOKE_CODE, { id: cp.id }, host), 'CONFLICT');
    expect(await setupOf(t, host, meetingId)).toEqual(before);
  });

  it('refuses wrong codes as unauthenticated', async () => {
    expectError(await join(''), 'UNAUTHENTICATED');
    expectError(await join('AAAAA-AAAAA'), 'UNAUTHENTICATED');
    expectError(await join('x'.repeat(5000)), 'UNAUTHENTICATED');
  });

  it('refuses a code of an ended meeting, and issuing one', async () => {
    const ended = await hostedMeeting(t);
    const site = await connectionPoint(t, ended.host, ended.meetingId);
    const { code } = (await t.ok(ISSUE_CODE, { id: site.id }, ended.host)).issueSiteAccessCode;
    await lifecycle(t, ended.host, ended.meetingId, 'start', 'end');
    expectError(await join(code), 'FORBIDDEN');
    expectError(await t.gql(ISSUE_CODE, { id: site.id }, ended.host), 'CONFLICT');
    // Cutting access stays possible.
    await t.ok(REVOKE_CODE, { id: site.id }, ended.host);
  });

  it('is for the hosts only, and checks the id', async () => {
    expectError(await t.gql(ISSUE_CODE, { id: cp.id }, outsider), 'FORBIDDEN');
    expectError(await t.gql(REVOKE_CODE, { id: cp.id }, outsider), 'FORBIDDEN');
    expectError(await t.gql(ISSUE_CODE, { id: 'abc' }, host), 'BAD_USER_INPUT', 'connectionPointId');
    expectError(await t.gql(ISSUE_CODE, { id: UNKNOWN_ID }, host), 'NOT_FOUND');
  });

  it('does not let a site token issue codes', async () => {
    const token = (await join((await issue()).code)).data!.joinSite.token;
    expectError(await t.gql(ISSUE_CODE, { id: cp.id }, token), 'FORBIDDEN');
  });
});
