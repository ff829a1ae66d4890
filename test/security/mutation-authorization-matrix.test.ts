import { Client } from 'graphql-ws';
import { TestServer } from '../support/server';
import {
  authorizationWorld,
  AuthorizationWorld,
  fingerprint,
  Outsider,
  REFUSALS,
  rootFields,
  securityServer,
} from '../support/security';
import { WEBHOOK_SECRET } from '../support/factories';

type Call = { args: string; variables: Record<string, unknown>; scalar?: boolean };
/** Every mutation but the public ones, with valid arguments aimed at the world's meeting. */
const CALLS: Record<string, (w: AuthorizationWorld) => Call> = {};
const on = (names: string[], call: (w: AuthorizationWorld) => Call) =>
  names.forEach((n) => (CALLS[n] = call));
const byId =
  (id: (w: AuthorizationWorld) => string, extra = '', values: Record<string, unknown> = {}) =>
  (w: AuthorizationWorld) => ({ args: `(id: $id${extra})`, variables: { id: id(w), ...values } });
const withInput =
  (type: string, input: (w: AuthorizationWorld) => Record<string, unknown>) => (w: AuthorizationWorld) => ({
    args: `(input: $input)`,
    variables: { input: input(w) },
    type,
  });

on(
  ['scheduleMeeting', 'startMeeting', 'pauseMeeting', 'resumeMeeting', 'endMeeting', 'cancelMeeting'],
  byId((w) => w.m.meetingId),
);
on(
  ['startAgendaItem', 'completeAgendaItem', 'skipAgendaItem', 'removeAgendaItem'],
  byId((w) => w.itemId),
);
on(
  ['moveAgendaItem'],
  byId((w) => w.itemId, ', position: 1'),
);
on(
  ['approveSpeech', 'rejectSpeech', 'withdrawSpeech', 'startSpeech', 'endSpeech'],
  byId((w) => w.speechId),
);
on(
  ['moveSpeech'],
  byId((w) => w.speechId, ', position: 1'),
);
on(
  ['extendSpeech'],
  byId((w) => w.speechId, ', seconds: 60'),
);
on(
  ['checkInParticipant', 'markParticipantAbsent', 'removeParticipant'],
  byId((w) => w.siteA.delegateId),
);
on(
  ['disableUser', 'resetPassword'],
  byId((w) => w.hostUserId),
);
on(
  ['removeConnectionPoint'],
  byId((w) => w.siteA.id),
);
on(
  ['announceConclusion'],
  byId((w) => w.conclusionId),
);
on(
  ['publishConclusion'],
  byId(
    (w) => w.conclusionId,
    ', noticeNumber: "12/TB-VKS", notice: { signer: { title: "Viện trưởng", name: "Lê Trung Hưng" } }',
  ),
);
on(
  ['updateConclusion'],
  byId((w) => w.conclusionId, ', text: "Kết luận sửa", expectedVersion: 1'),
);
on(
  ['finalizeMinutes'],
  byId((w) => w.minutesId),
);
on(
  ['updateMinutes'],
  byId((w) => w.minutesId, ', text: "Biên bản sửa", expectedVersion: 1'),
);
on(['draftMinutes'], (w) => ({ args: '(meetingId: $id)', variables: { id: w.m.meetingId } }));
on(['issueSiteAccessCode', 'revokeSiteAccessCode'], (w) => ({
  args: '(connectionPointId: $id)',
  variables: { id: w.siteA.id },
}));
on(
  ['acceptDirective'],
  byId((w) => w.directiveId),
);
on(
  ['reopenDirective'],
  byId((w) => w.directiveId, ', reason: "Chưa đạt yêu cầu"'),
);
on(['joinMeeting'], (w) => ({ args: '(meetingId: $id)', variables: { id: w.m.meetingId } }));
on(
  ['deleteWebhook'],
  byId((w) => w.webhookId),
);
on(['redeliverWebhookEvent'], (w) => ({
  args: '(webhookId: $id, seq: 1)',
  variables: { id: w.webhookId },
}));
on(['addMeetingHost', 'removeMeetingHost'], (w) => ({
  args: '(meetingId: $id, userId: $user)',
  variables: { id: w.m.meetingId, user: w.hostUserId },
}));
const inputs: Record<string, (w: AuthorizationWorld) => Record<string, unknown>> = {
  createMeeting: () => ({ title: 'Giao ban tuần', kind: 'WEEKLY_BRIEFING', format: 'ONLINE' }),
  updateMeeting: (w) => ({ id: w.m.meetingId, version: 1, title: 'Đổi tên' }),
  createUnit: () => ({ name: 'VKSND huyện Lý Sơn', level: 'DISTRICT' }),
  createUser: () => ({ username: 'ke-la', password: 'mật-khẩu-dài', role: 'ADMIN', displayName: 'Kẻ lạ' }),
  updateUser: (w) => ({ id: w.hostUserId, role: 'ADMIN' }),
  addConnectionPoint: (w) => ({ meetingId: w.m.meetingId, unitId: w.siteUnitId, role: 'SITE' }),
  updateConnectionPoint: (w) => ({ id: w.siteA.id, name: 'Đổi tên điểm cầu' }),
  addParticipant: (w) => ({ meetingId: w.m.meetingId, connectionPointId: w.siteA.id, name: 'Người lạ' }),
  updateParticipant: (w) => ({ id: w.siteA.delegateId, name: 'Đổi tên' }),
  addAgendaItem: (w) => ({ meetingId: w.m.meetingId, title: 'Mục mới', kind: 'REPORT' }),
  updateAgendaItem: (w) => ({ id: w.itemId, title: 'Đổi tên mục' }),
  requestToSpeak: (w) => ({ agendaItemId: w.itemId, connectionPointId: w.siteA.id, kind: 'CONTRIBUTION' }),
  updateSpeech: (w) => ({ id: w.speechId, speakerName: 'Người khác' }),
  askQuestion: (w) => ({ agendaItemId: w.itemId, connectionPointId: w.siteA.id, question: 'Vì sao?' }),
  draftConclusion: (w) => ({ meetingId: w.m.meetingId, text: 'Kết luận khác' }),
  addDirective: (w) => ({ meetingId: w.m.meetingId, assigneeUnitId: w.siteUnitId, task: 'Việc khác' }),
  updateDirective: (w) => ({ id: w.directiveId, task: 'Đổi việc' }),
  reportDirectiveProgress: (w) => ({ directiveId: w.directiveId, status: 'IN_PROGRESS', note: 'Đang làm' }),
  createMeetingSeries: (w) => ({
    title: 'Giao ban tháng',
    kind: 'MONTHLY_BRIEFING',
    format: 'ONLINE',
    cadence: 'MONTHLY',
    organizerId: w.seriesOrganizerId,
  }),
  updateMeetingSeries: (w) => ({ id: w.seriesId, version: 1, title: 'Đổi tên' }),
  createMeetingFromSeries: (w) => ({ seriesId: w.seriesId, scheduledStart: '2030-01-25T01:00:00.000Z' }),
  requestReports: (w) => ({
    meetingId: w.m.meetingId,
    title: 'Báo cáo quý',
    deadline: '2030-01-20T01:00:00.000Z',
    unitIds: [w.siteUnitId],
  }),
  // Site B's unit was not asked: only site A's may send it.
  submitReport: (w) => ({ requestId: w.reportRequestId, text: 'Báo cáo của đơn vị khác' }),
  copyMeeting: (w) => ({ meetingId: w.m.meetingId, scheduledStart: '2030-01-25T01:00:00.000Z' }),
  createWebhook: (w) => ({
    meetingId: w.m.meetingId,
    url: 'https://hooks.example.vn/diemcau',
    secret: WEBHOOK_SECRET,
  }),
};
// Every user may change their own password: with a wrong current one, nothing changes.
CALLS.changePassword = () => ({
  args: '(currentPassword: $currentPassword, newPassword: $newPassword)',
  variables: { currentPassword: 'không-phải-mật-khẩu', newPassword: 'mật-khẩu-mới-dài' },
  scalar: true,
});
for (const [name, input] of Object.entries(inputs)) {
  CALLS[name] = withInput(`${name[0].toUpperCase()}${name.slice(1)}Input`, input);
}

/** Where the general rule (REFUSALS) does not apply: undefined means the outsider may do it. */
const EXCEPTIONS: Record<string, Partial<Record<Outsider, string | undefined>>> = {
  // Every HOST creates meetings (and hosts them); site tokens are no users.
  createMeeting: { otherHost: undefined, otherMeetingSite: 'FORBIDDEN' },
  // Users and units are the administrator's, whatever the meeting.
  createUnit: { otherMeetingSite: 'FORBIDDEN' },
  createUser: { otherMeetingSite: 'FORBIDDEN' },
  updateUser: { otherMeetingSite: 'FORBIDDEN' },
  disableUser: { otherMeetingSite: 'FORBIDDEN' },
  resetPassword: { otherMeetingSite: 'FORBIDDEN' },
  // A user's own password: refused for the wrong current password; a site token has none.
  changePassword: { viewer: 'BAD_USER_INPUT', otherHost: 'BAD_USER_INPUT', otherMeetingSite: 'FORBIDDEN' },
  // A series for an organizer above none of the outsiders' units: refused for it, never made.
  createMeetingSeries: { otherMeetingSite: 'FORBIDDEN' },
  // That series is not theirs to see: its existence is not revealed.
  updateMeetingSeries: { viewer: 'NOT_FOUND', otherHost: 'NOT_FOUND', otherSite: 'NOT_FOUND' },
  createMeetingFromSeries: { viewer: 'NOT_FOUND', otherHost: 'NOT_FOUND', otherSite: 'NOT_FOUND' },
  // Every HOST may copy a meeting it sees into a new one of its own (as it may create one).
  copyMeeting: { otherHost: undefined },
  // Joining without a code is for a unit's SITE_OPERATOR user; a site token is none.
  joinMeeting: { otherMeetingSite: 'FORBIDDEN' },
  // Webhooks are users': a site token manages none; another's webhook is not revealed.
  createWebhook: { otherMeetingSite: 'FORBIDDEN' },
  deleteWebhook: { viewer: 'NOT_FOUND', otherHost: 'NOT_FOUND', otherMeetingSite: 'FORBIDDEN' },
  redeliverWebhookEvent: { viewer: 'NOT_FOUND', otherHost: 'NOT_FOUND', otherMeetingSite: 'FORBIDDEN' },
};
const PUBLIC = ['login', 'joinSite'];

function document(name: string, call: Call): string {
  const types: Record<string, string> = {
    id: 'ID!',
    user: 'ID!',
    currentPassword: 'String!',
    newPassword: 'String!',
  };
  const typed = call as Call & { type?: string };
  const decl = Object.keys(call.variables)
    .map((v) => `$${v}: ${v === 'input' ? `${typed.type}!` : types[v]}`)
    .join(', ');
  return `mutation(${decl}) { ${name}${call.args}${call.scalar ? '' : ' { __typename }'} }`;
}

function expected(name: string, who: Outsider): string | undefined {
  const exception = EXCEPTIONS[name];
  return exception && who in exception ? exception[who] : REFUSALS[who];
}

describe('every mutation refuses whoever may not make it, and writes nothing', () => {
  let t: TestServer;
  let w: AuthorizationWorld;
  beforeAll(async () => {
    t = await securityServer();
    w = await authorizationWorld(t);
  });
  afterAll(() => t.close());

  it('covers every mutation of the schema', async () => {
    const names = (await rootFields(t, 'Mutation')).filter((n) => !PUBLIC.includes(n));
    expect(Object.keys(CALLS).sort()).toEqual(names.sort());
  });

  it.each(Object.keys(CALLS).sort())('%s over HTTP', async (name) => {
    const call = CALLS[name](w);
    const before = await fingerprint(t);
    const outsiders = Object.entries(w.outsiders) as [Outsider, string | null][];
    const codes = await Promise.all(
      outsiders
        .filter(([who]) => expected(name, who) !== undefined)
        .map(async ([who, token]) => {
          const result = await t.gql(document(name, call), call.variables, token);
          return [who, result.errors?.[0]?.extensions?.code ?? 'ALLOWED'];
        }),
    );
    expect(Object.fromEntries(codes)).toEqual(
      Object.fromEntries(codes.map(([who]) => [who, expected(name, who as Outsider)])),
    );
    expect(await fingerprint(t)).toEqual(before);
  });

  it('refuses the same over WebSocket, whose operations go through the same pipeline', async () => {
    const outsiders: Outsider[] = ['viewer', 'otherHost', 'otherMeetingSite', 'otherSite'];
    const clients = outsiders.map((who) => t.ws(w.outsiders[who]));
    await Promise.all(clients.map((c) => firstCode(c, '{ serverTime }', {})));
    // A site's socket itself is recorded (SITE_CONNECTED): compare from when the sockets are open.
    await t.server.services.presence.settled();
    const before = await fingerprint(t);
    for (const [i, who] of outsiders.entries()) {
      const got: Record<string, string> = {};
      const want: Record<string, string | undefined> = {};
      for (const name of Object.keys(CALLS).filter((n) => expected(n, who) !== undefined)) {
        const call = CALLS[name](w);
        got[name] = await firstCode(clients[i], document(name, call), call.variables);
        want[name] = expected(name, who);
      }
      expect(got).toEqual(want);
    }
    expect(await fingerprint(t)).toEqual(before);
  });
});

/** The code of the first error of an operation sent over graphql-ws, or ALLOWED. */
async function firstCode(client: Client, query: string, variables: Record<string, unknown>): Promise<string> {
  for await (const result of client.iterate({ query, variables })) {
    return ((result.errors?.[0] as any)?.extensions?.code as string) ?? 'ALLOWED';
  }
  return 'NO RESULT';
}
