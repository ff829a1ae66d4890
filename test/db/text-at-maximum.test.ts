import { agendaItem, conference, requestedSpeech } from '../support/factories';
import { OPS } from '../support/agenda';
import { TestServer, startTestServer } from '../support/server';

/**
 * Every validated text input at its maximum length is stored whole, on SQLite and on MySQL/MariaDB
 * (TEST_DATABASE_URL): in a 3-byte Vietnamese letter ("ệ", the most bytes per character within
 * the limits as they count) and in U+0001 (6 bytes once JSON-escaped in event snapshots and lists).
 */
const FILLERS = [
  ['ệ', 'a Vietnamese letter (3 bytes in utf8mb4)'],
  ['\u0001', 'a control character (6 bytes in JSON)'],
] as const;

type Stored = { table: string; id: string; columns: Record<string, unknown> };
type Case = { name: string; send: (t: TestServer, fill: (n: number) => string) => Promise<Stored[]> };

const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;

const CASES: Case[] = [
  {
    name: 'createUnit: name (255)',
    send: async (t, fill) => {
      const { createUnit } = await t.ok(
        'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }',
        { input: { name: fill(255), level: 'DISTRICT' } },
        await t.adminToken(),
      );
      return [{ table: 'unit', id: createUnit.id, columns: { name: fill(255) } }];
    },
  },
  {
    name: 'createUser: username (64), displayName (255)',
    send: async (t, fill) => {
      const input = { username: fill(64), password: 'mật-khẩu-dài', role: 'VIEWER', displayName: fill(255) };
      const { createUser } = await t.ok(
        'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        { input },
        await t.adminToken(),
      );
      return [{ table: 'user', id: createUser.id, columns: { username: fill(64), displayName: fill(255) } }];
    },
  },
  {
    name: 'createMeeting: title (500), planReference (500), description (10,000); cancelMeeting: reason (1,000)',
    send: async (t, fill) => {
      const admin = await t.adminToken();
      const texts = { title: fill(500), planReference: fill(500), description: fill(10_000) };
      const input = { ...texts, kind: 'THEMATIC', format: 'ONLINE' };
      const { createMeeting } = await t.ok(CREATE_MEETING, { input }, admin);
      await t.ok(
        'mutation($id: ID!, $r: String) { cancelMeeting(id: $id, reason: $r) { id } }',
        {
          id: createMeeting.id,
          r: fill(1000),
        },
        admin,
      );
      return [{ table: 'meeting', id: createMeeting.id, columns: { ...texts, cancelReason: fill(1000) } }];
    },
  },
  {
    name: 'addConnectionPoint: name, location, operatorName, presidingName (255), operatorContact (64)',
    send: async (t, fill) => {
      const m = await conference(t, { sites: 0, live: false });
      const { createUnit } = await t.ok(
        'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }',
        { input: { name: `Đơn vị ${Math.random()}`, level: 'DISTRICT' } },
        await t.adminToken(),
      );
      const texts = {
        name: fill(255),
        location: fill(255),
        operatorName: fill(255),
        operatorContact: fill(64),
        presidingName: fill(255),
      };
      const { addConnectionPoint } = await t.ok(
        'mutation($input: AddConnectionPointInput!) { addConnectionPoint(input: $input) { id } }',
        { input: { meetingId: m.meetingId, unitId: createUnit.id, role: 'SITE', ...texts } },
        m.host,
      );
      return [{ table: 'connection_point', id: addConnectionPoint.id, columns: texts }];
    },
  },
  {
    name: 'addParticipant: name, position (255); markParticipantAbsent: reason (500)',
    send: async (t, fill) => {
      const m = await conference(t, { sites: 0 });
      const { addParticipant } = await t.ok(
        'mutation($input: AddParticipantInput!) { addParticipant(input: $input) { id } }',
        {
          input: {
            meetingId: m.meetingId,
            connectionPointId: m.hostPointId,
            name: fill(255),
            position: fill(255),
          },
        },
        m.host,
      );
      await t.ok(
        'mutation($id: ID!, $r: String) { markParticipantAbsent(id: $id, excused: true, reason: $r) { id } }',
        { id: addParticipant.id, r: fill(500) },
        m.host,
      );
      const columns = { name: fill(255), position: fill(255), absenceReason: fill(500) };
      return [{ table: 'participant', id: addParticipant.id, columns }];
    },
  },
  {
    name: 'addAgendaItem: title (500), notes (10,000), documents (50 × 500)',
    send: async (t, fill) => {
      const m = await conference(t, { sites: 0, live: false });
      const documents = Array.from({ length: 50 }, () => fill(500));
      const item = await agendaItem(t, m, { title: fill(500), notes: fill(10_000), documents });
      return [
        {
          table: 'agenda_item',
          id: item.id,
          columns: { title: fill(500), notes: fill(10_000), documents: JSON.stringify(documents) },
        },
      ];
    },
  },
  {
    name: 'requestToSpeak: speakerName (255), topic (500); rejectSpeech: reason (500); askQuestion: question (500)',
    send: async (t, fill) => {
      const m = await conference(t, { sites: 1 });
      const item = await agendaItem(t, m);
      await t.ok(OPS.startItem, { id: item.id }, m.host);
      const speech = await requestedSpeech(t, m.sites[0], item.id, {
        speakerName: fill(255),
        topic: fill(500),
      });
      await t.ok(OPS.reject, { id: speech.id, reason: fill(500) }, m.host);
      const { askQuestion } = await t.ok(
        OPS.ask,
        {
          input: {
            agendaItemId: item.id,
            connectionPointId: m.sites[0].id,
            question: fill(500),
            askedById: m.chairId,
          },
        },
        m.host,
      );
      return [
        {
          table: 'speech',
          id: speech.id,
          columns: { speakerName: fill(255), topic: fill(500), rejectionReason: fill(500) },
        },
        { table: 'speech', id: askQuestion.id, columns: { topic: fill(500) } },
      ];
    },
  },
  {
    name: 'draftConclusion: text (16,000); addDirective: task (4,000); reportDirectiveProgress: note (4,000)',
    send: async (t, fill) => {
      const m = await conference(t, { sites: 1 });
      const { draftConclusion } = await t.ok(
        'mutation($input: DraftConclusionInput!) { draftConclusion(input: $input) { id } }',
        { input: { meetingId: m.meetingId, text: fill(16_000), concludedById: m.chairId } },
        m.host,
      );
      const { meeting } = await t.ok(
        'query($id: ID!) { meeting(id: $id) { connectionPoints { id unitId } } }',
        { id: m.meetingId },
        m.host,
      );
      const { addDirective } = await t.ok(
        'mutation($input: AddDirectiveInput!) { addDirective(input: $input) { id } }',
        {
          input: {
            meetingId: m.meetingId,
            assigneeUnitId: meeting.connectionPoints[1].unitId,
            task: fill(4000),
          },
        },
        m.host,
      );
      await t.ok(
        'mutation($input: ReportDirectiveProgressInput!) { reportDirectiveProgress(input: $input) { id } }',
        { input: { directiveId: addDirective.id, status: 'IN_PROGRESS', note: fill(4000) } },
        m.host,
      );
      return [
        { table: 'conclusion', id: draftConclusion.id, columns: { text: fill(16_000) } },
        { table: 'directive', id: addDirective.id, columns: { task: fill(4000) } },
      ];
    },
  },
];

describe.each(FILLERS)('text at its maximum length in %j (%s)', (filler) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  const fill = (n: number) => filler.repeat(n);

  it.each(CASES)(
    '$name',
    async ({ send }) => {
      const stored = await send(t, fill);
      const { dataSource } = t.server.services.db;
      for (const { table, id, columns } of stored) {
        const names = Object.keys(columns);
        const q = dataSource.createQueryBuilder().from(table, 'r').where('r.id = :id', { id });
        for (const name of names) q.addSelect(`r.${name}`, name);
        expect(await q.getRawOne()).toEqual(columns);
      }
      // Every event snapshot whole: each one parses as JSON.
      const subjects = await dataSource
        .createQueryBuilder()
        .from('meeting_event', 'e')
        .select('e.subject', 'subject')
        .getRawMany<{ subject: string }>();
      for (const { subject } of subjects) expect(() => JSON.parse(subject)).not.toThrow();
    },
    60_000,
  );
});
