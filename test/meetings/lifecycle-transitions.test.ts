import { TestServer, expectError, startTestServer } from '../support/server';
import {
  LIFECYCLE_MUTATIONS,
  MEETING_FIELDS,
  lifecycle,
  meeting as createMeeting,
  user,
} from '../support/factories';
import { readMeeting } from '../support/meetings';
import { canApply, LIFECYCLE, LifecycleAction } from '../../server/meetings/meeting-lifecycle';
import { MeetingStatus } from '../../server/meetings/meeting.entity';

/** How a new meeting reaches each status. */
const PATHS: Record<MeetingStatus, LifecycleAction[]> = {
  DRAFT: [],
  SCHEDULED: ['schedule'],
  LIVE: ['start'],
  PAUSED: ['start', 'pause'],
  ENDED: ['start', 'end'],
  CANCELLED: ['cancel'],
};

const actions = Object.keys(LIFECYCLE) as LifecycleAction[];
const cases = Object.values(MeetingStatus).flatMap((status) =>
  actions.map((action): [LifecycleAction, MeetingStatus, boolean] => [
    action,
    status,
    canApply(action, status),
  ]),
);

describe('meeting lifecycle: every transition, valid and invalid', () => {
  let t: TestServer;
  let host: { id: string; token: string };
  beforeAll(async () => {
    t = await startTestServer();
    host = await user(t, 'HOST');
  });
  afterAll(() => t.close());

  it('follows the domain: draft → scheduled → live ⇄ paused → ended; or cancelled', () => {
    const valid = cases.filter(([, , ok]) => ok).map(([a, s]) => `${s}:${a}`);
    expect(valid.sort()).toEqual(
      [
        'DRAFT:schedule',
        'DRAFT:start',
        'SCHEDULED:start',
        'LIVE:pause',
        'PAUSED:resume',
        'LIVE:end',
        'PAUSED:end',
        'DRAFT:cancel',
        'SCHEDULED:cancel',
      ].sort(),
    );
  });

  it.each(cases)('%s on a %s meeting: allowed = %s', async (action, status, allowed) => {
    const meeting = await createMeeting(t, host.token);
    await lifecycle(t, host.token, meeting.id, ...PATHS[status]);
    const before = await readMeeting(t, meeting.id);
    expect(before.status).toBe(status);

    const result = await t.gql(
      `mutation($id: ID!) { ${LIFECYCLE_MUTATIONS[action]}(id: $id) { ${MEETING_FIELDS} } }`,
      { id: meeting.id },
      host.token,
    );
    const after = await readMeeting(t, meeting.id);
    if (!allowed) {
      const error = expectError(result, 'CONFLICT');
      expect(error.extensions?.current).toEqual({ status, version: before.version });
      expect(after).toEqual(before);
      return;
    }
    const changed = result.data![LIFECYCLE_MUTATIONS[action]];
    expect(changed).toEqual(after);
    expect(after).toMatchObject({
      status: LIFECYCLE[action].to,
      version: before.version + 1,
      lastEventSeq: before.lastEventSeq + 1,
    });
  });

  it('stamps startedAt when it starts, endedAt when it ends, and keeps startedAt across a pause', async () => {
    const meeting = await createMeeting(t, host.token);
    await lifecycle(t, host.token, meeting.id, 'schedule', 'start');
    const live = await readMeeting(t, meeting.id);
    expect(live.startedAt).not.toBeNull();
    await lifecycle(t, host.token, meeting.id, 'pause', 'resume', 'end');
    const ended = await readMeeting(t, meeting.id);
    expect(ended.startedAt).toBe(live.startedAt);
    expect(new Date(ended.endedAt).getTime()).toBeGreaterThanOrEqual(new Date(live.startedAt).getTime());
    expect(ended.lastEventSeq).toBe(6);
  });

  it('keeps the reason a meeting was cancelled', async () => {
    const meeting = await createMeeting(t, host.token);
    const reason = 'Hoãn do trùng lịch Hội nghị của Ban Chỉ đạo';
    const data = await t.ok(
      'mutation($id: ID!, $r: String) { cancelMeeting(id: $id, reason: $r) { status cancelReason cancelledAt } }',
      { id: meeting.id, r: reason },
      host.token,
    );
    expect(data.cancelMeeting).toMatchObject({ status: 'CANCELLED', cancelReason: reason });
    expect(data.cancelMeeting.cancelledAt).not.toBeNull();
  });
});
