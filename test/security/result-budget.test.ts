import { TestServer } from '../support/server';
import { Conference, agendaItem, conference, requestedSpeech } from '../support/factories';
import { OPS } from '../support/agenda';
import { rawSocket, securityServer } from '../support/security';
import { eventBurst } from '../support/live';

/** Speeches the site raises on the active item: the rows the back-references multiply. */
const SPEECHES = 40;
const FIELDS = 5000;
const BYTES = 200_000;

/** Each alias walks item → speeches → item → speeches: SPEECHES² rows, accepted by the static cost. */
const backReferences = (aliases: number) =>
  `query($id: ID!) { meeting(id: $id) { currentAgendaItem { ${Array.from(
    { length: aliases },
    (_, i) => `a${i}: speeches { agendaItem { speeches { id status } } }`,
  ).join(' ')} } } }`;

describe('no execution grows past the result budget', () => {
  let t: TestServer;
  let m: Conference;
  let site: string;
  let itemId: string;
  beforeAll(async () => {
    t = await securityServer({
      MAX_RESULT_FIELDS: String(FIELDS),
      MAX_RESULT_BYTES: String(BYTES),
      RATE_LIMIT_SITE: '0',
    });
    m = await conference(t, { sites: 1 });
    const documents = Array.from({ length: 50 }, (_, i) => `${i}`.padEnd(500, 'ệ'));
    const item = await agendaItem(t, m, { documents });
    await t.ok(OPS.startItem, { id: item.id }, m.host);
    itemId = item.id;
    site = m.sites[0].token;
    for (let i = 0; i < SPEECHES; i++) await requestedSpeech(t, m.sites[0], item.id);
  });
  afterAll(() => t.close());

  const tooLarge = (reason: string) => ({
    data: null,
    errors: [
      expect.objectContaining({
        message: expect.stringMatching(/ask for less/),
        extensions: expect.objectContaining({ code: 'RESULT_TOO_LARGE', reason }),
      }),
    ],
  });

  it('answers a query of one back-reference, within the budget', async () => {
    const data = await t.ok(backReferences(1), { id: m.meetingId }, site);
    expect(data.meeting.currentAgendaItem.a0).toHaveLength(SPEECHES);
    expect(data.meeting.currentAgendaItem.a0[0].agendaItem.speeches).toHaveLength(SPEECHES);
  });

  it('stops a site’s query whose back-references multiply past the field budget', async () => {
    const result = await t.gql(backReferences(3), { id: m.meetingId }, site);
    expect({ data: result.data ?? null, errors: result.errors }).toEqual(tooLarge('FIELDS'));
  });

  it('refuses an answer over the byte budget before it is serialized', async () => {
    // 10 × 50 documents of 500 characters: few fields, 250,000 characters.
    const lists = Array.from({ length: 10 }, (_, i) => `a${i}: agenda { documents }`).join(' ');
    const query = `query($id: ID!) { meeting(id: $id) { ${lists} } }`;
    const result = await t.gql(query, { id: m.meetingId }, site);
    expect({ data: result.data ?? null, errors: result.errors }).toEqual(tooLarge('BYTES'));
  });

  it('answers the same over the WebSocket, for a query and for each push of a subscription', async () => {
    const ws = await rawSocket(t);
    await ws.init(site);
    ws.send({
      id: 'q',
      type: 'subscribe',
      payload: { query: backReferences(3), variables: { id: m.meetingId } },
    });
    const answer = await ws.next((x) => x.id === 'q' && x.type === 'next');
    expect(answer.payload).toEqual({ errors: tooLarge('FIELDS').errors });

    const heavy = `subscription($id: ID!) { meetingLive(meetingId: $id) { currentAgendaItem { ${Array.from(
      { length: 3 },
      (_, i) => `a${i}: speeches { agendaItem { speeches { id } } }`,
    ).join(' ')} } } }`;
    ws.send({ id: 's', type: 'subscribe', payload: { query: heavy, variables: { id: m.meetingId } } });
    const push = await ws.next((x) => x.id === 's' && x.type === 'next');
    expect(push.payload).toEqual({ errors: tooLarge('FIELDS').errors });
    // The socket and the server go on: a light query on the same socket is answered.
    ws.send({
      id: 'light',
      type: 'subscribe',
      payload: { query: 'query($id: ID!) { meeting(id: $id) { id } }', variables: { id: m.meetingId } },
    });
    expect((await ws.next((x) => x.id === 'light' && x.type === 'next')).payload.data.meeting.id).toBe(
      m.meetingId,
    );
    ws.socket.close();
  });

  it('answers a live meetingEvents push over the budget with its error, and goes on with the next', async () => {
    // Four copies of the item's 50 documents of 500 characters: over the byte budget for its events only.
    const documents = Array.from({ length: 4 }, (_, i) => `d${i}: documents`).join(' ');
    const events = `subscription($id: ID!) { meetingEvents(meetingId: $id) {
      seq type subject { ... on AgendaItemSnapshot { ${documents} } } } }`;
    const ws = await rawSocket(t);
    await ws.init(site);
    ws.send({ id: 'e', type: 'subscribe', payload: { query: events, variables: { id: m.meetingId } } });
    // Live from now on: the subscriber takes its events as they come (the fan-out's direct path).
    await new Promise((resolve) => setTimeout(resolve, 100));
    await t.ok(OPS.updateItem, { input: { id: itemId, title: 'Báo cáo kết quả công tác (sửa)' } }, m.host);
    // The site's own SITE_CONNECTED may come first: within the budget, it is not this one.
    const refused = await ws.next((x) => x.id === 'e' && x.type === 'next' && x.payload.errors);
    expect(refused.payload).toEqual({ errors: tooLarge('BYTES').errors });
    // Not an agenda item's: within the budget (and no speech added, which the other cases count).
    const checkIn = 'mutation($id: ID!) { checkInParticipant(id: $id) { id } }';
    await t.ok(checkIn, { id: m.sites[0].delegateId }, m.host);
    const next = await ws.next(
      (x) =>
        x.id === 'e' && x.type === 'next' && x.payload.data?.meetingEvents.type === 'PARTICIPANT_CHECKED_IN',
    );
    expect(next.payload.data.meetingEvents.subject).toEqual({});
    ws.socket.close();
  });

  it('counts a whole replay as one operation: past the budget the subscriber is closed with 4008, and resumes', async () => {
    // Each push counts 40 fields (its execution and its frame) besides what it selects: a replay
    // of more than FIELDS / 40 events is over the budget whatever it selects.
    await eventBurst(t, m.meetingId, 1, FIELDS / 40);
    const events = `subscription($id: ID!, $after: Int) { meetingEvents(meetingId: $id, afterSeq: $after) {
      seq subject { ... on SpeechSnapshot { speechId status topic } } } }`;
    const lastEventSeq: number = (
      await t.ok('query($id: ID!) { meeting(id: $id) { lastEventSeq } }', { id: m.meetingId }, m.host)
    ).meeting.lastEventSeq;
    const replay = async (after: number) => {
      const ws = await rawSocket(t);
      await ws.init(site);
      ws.send({
        id: 'r',
        type: 'subscribe',
        payload: { query: events, variables: { id: m.meetingId, after } },
      });
      return ws;
    };
    const seqsOf = (messages: any[]) =>
      messages.filter((x) => x.id === 'r' && x.type === 'next').map((x) => x.payload.data.meetingEvents.seq);
    const first = await replay(0);
    expect((await first.closed).code).toBe(4008);
    const seqs = seqsOf(first.messages());
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    const last = seqs[seqs.length - 1];
    expect(last).toBeLessThan(lastEventSeq);
    // Resumed from the last event it got, the replay goes on where it stopped.
    const resumed = await replay(last);
    const next = await resumed.next((x) => x.id === 'r');
    expect(seqsOf([next])).toEqual([last + 1]);
    resumed.socket.close();
  });
});
