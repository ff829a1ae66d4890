/**
 * The data the two references push: the shape and size of what our server pushes for the template
 * meeting (a speech given with two queued and a hand raised, ten agenda items, 764 sites), built in
 * memory since the references have no database. Dates stay Date objects (GraphQL's DateTimeISO and
 * JSON.stringify both write them as ISO strings).
 */
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const MEETING = id(1);
const ITEM = id(100);
const started = new Date('2024-01-26T00:30:00.000Z');

export const FIXTURE_MEETING_ID = MEETING;

function speech(n: number, status: string, queuePosition: number | null) {
  return {
    id: id(1000 + n),
    status,
    kind: 'CONTRIBUTION',
    topic: 'Kết quả công tác thực hành quyền công tố và kiểm sát điều tra',
    speakerName: `Viện trưởng VKSND huyện số ${n}`,
    connectionPointId: id(2000 + n),
    agendaItemId: ITEM,
    queuePosition,
    timeLimitSeconds: 420,
    startedAt: status === 'SPEAKING' ? started : null,
  };
}

const agenda = Array.from({ length: 10 }, (_, i) => ({
  id: i === 0 ? ITEM : id(100 + i),
  position: i + 1,
  title: `Nội dung số ${i + 1}`,
  kind: i === 0 ? 'OPENING' : 'DISCUSSION',
  status: i === 0 ? 'ACTIVE' : 'PENDING',
  startedAt: i === 0 ? started : null,
}));

/** Only the fields the document selects: the floor sends its objects as they are. */
function pick<T extends object, K extends keyof T>(o: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;
}

/** The event of the host's n-th command: the speech on is given one more second. */
export function fixtureEvent(seq: number) {
  const { id: speechId, ...fields } = speech(1, 'SPEAKING', null);
  const subject = { __typename: 'SpeechSnapshot', speechId, ...fields, timeLimitSeconds: 420 + seq };
  return {
    seq,
    at: new Date(),
    type: 'SPEECH_EXTENDED',
    actor: { kind: 'user', id: id(9), name: 'Quản trị hệ thống' },
    subject,
  };
}

/** The LiveMeeting after the host's n-th command. */
export function fixtureLive(seq: number) {
  return {
    meetingId: MEETING,
    seq,
    serverTime: new Date(),
    title: 'Hội nghị trực tuyến toàn Ngành',
    status: 'LIVE',
    startedAt: started,
    currentAgendaItem: agenda[0],
    currentSpeech: pick(
      { ...speech(1, 'SPEAKING', null), timeLimitSeconds: 420 + seq },
      'id',
      'status',
      'kind',
      'topic',
      'speakerName',
      'connectionPointId',
      'startedAt',
      'timeLimitSeconds',
    ),
    speakerQueue: [speech(2, 'QUEUED', 1), speech(3, 'QUEUED', 2)].map((s) =>
      pick(s, 'id', 'speakerName', 'connectionPointId', 'queuePosition', 'timeLimitSeconds'),
    ),
    speechRequests: [pick(speech(4, 'REQUESTED', null), 'id', 'speakerName', 'connectionPointId')],
    agenda: agenda.map((a) => pick(a, 'id', 'position', 'title', 'kind', 'status')),
    attendance: { planned: 0, expected: 3000, present: 0, absent: 0, excused: 0, total: 3000 },
  };
}
