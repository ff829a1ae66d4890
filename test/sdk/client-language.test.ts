import { createClient, Client, CreateMeetingDocument, MeetingEventsDocument } from '../../client-sdk/src';
import { startTestServer, TestServer } from '../support/server';
import { hostedMeeting } from '../support/factories';
import { rejection } from '../support/sdk';

const BLANK_TITLE = { input: { title: '   ', kind: 'THEMATIC' as const, format: 'ONLINE' as const } };

/** `language` asks for the server's messages in that language, over HTTP and over the WebSocket. */
describe('the SDK client in a chosen language', () => {
  let t: TestServer;
  const clients: Client[] = [];
  const client = async (language?: string) => {
    const c = createClient({ url: t.url, token: await t.adminToken(), language });
    clients.push(c);
    return c;
  };
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await t.close();
  });

  it("errors of queries and mutations come in the client's language, Vietnamese by default", async () => {
    const [vi, en] = await Promise.all([client(), client('en')]);
    expect(await rejection(vi.request(CreateMeetingDocument, BLANK_TITLE))).toMatchObject({
      reason: 'BLANK',
      message: 'input.title không được để trống',
    });
    expect(await rejection(en.request(CreateMeetingDocument, BLANK_TITLE))).toMatchObject({
      reason: 'BLANK',
      message: 'input.title must not be empty or blank',
    });
  });

  it("errors of subscriptions come in the client's language too", async () => {
    const en = await client('en');
    const { meetingId } = await hostedMeeting(t);
    const events = en.subscribe(MeetingEventsDocument, { meetingId, afterSeq: -1 });
    const error = await rejection(events[Symbol.asyncIterator]().next());
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'afterSeq' });
    expect((error as Error).message).toMatch(/^afterSeq must/);
  });
});
