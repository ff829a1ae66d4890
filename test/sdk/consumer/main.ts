/**
 * A consumer of the packed @diemcau/client, compiled as ESM and as CommonJS (strict) by
 * test/sdk/packed-package.test.ts and run against a real server; prints what it saw as JSON.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { API_VERSION, createClient, DiemcauError, isDiemcauError, MeetingDocument } from '@diemcau/client';
import { withOperations } from '@diemcau/client/operations';
import { Events, Login, ServerInfo } from './documents.js';

const { DIEMCAU_URL: url = '', MEETING_ID: meetingId = '', USERNAME = '', PASSWORD = '' } = process.env;

async function main(): Promise<void> {
  const anonymous = createClient({ url });
  const { serverInfo } = await anonymous.request(ServerInfo);
  const { login } = await anonymous.request(Login, { username: USERNAME, password: PASSWORD });
  // @ts-expect-error a variable of the wrong type is refused at compile time
  void (() => anonymous.request(Login, { username: 1, password: PASSWORD }));
  // @ts-expect-error a field the document does not select
  void (() => login.user.id);
  // @ts-expect-error the SDK's `meeting` selects the meeting's own fields, not its lists
  void (() => anonymous.request(MeetingDocument, { id: meetingId }).then(({ meeting }) => meeting?.agenda));
  const serverTime = await withOperations(anonymous).query.serverTime();

  const client = createClient({ url, token: login.token });
  const subscribed: number[] = [];
  for await (const { meetingEvents } of client.subscribe(Events, { meetingId, afterSeq: 0 })) {
    subscribed.push(meetingEvents.seq);
    if (subscribed.length === 3) break;
  }
  const resumed: number[] = [];
  for await (const event of client.meetingEvents(Events, { meetingId, afterSeq: 1 })) {
    resumed.push(event.seq);
    if (resumed.length === 2) break;
  }
  const refused = await anonymous
    .request(Login, { username: USERNAME, password: 'not-the-password' })
    .catch((e: unknown) => e);
  const code = isDiemcauError(refused) ? refused.code : String(refused);

  const packaged = createRequire(join(process.cwd(), 'package.json'));
  const introspection = JSON.parse(
    readFileSync(packaged.resolve('@diemcau/client/introspection.json'), 'utf8'),
  );
  const sdl = readFileSync(packaged.resolve('@diemcau/client/schema.graphql'), 'utf8');
  console.log(
    JSON.stringify({
      format: typeof require === 'undefined' ? 'esm' : 'cjs',
      apiVersion: serverInfo.apiVersion,
      clientApiVersion: API_VERSION,
      serverApiVersion: anonymous.serverApiVersion,
      serverTime: !Number.isNaN(Date.parse(serverTime)),
      user: login.user.username,
      subscribed,
      resumed,
      errorIsTyped: refused instanceof DiemcauError,
      code,
      introspected: introspection.data.__schema.queryType.name,
      sdlHasServerInfo: sdl.includes('serverInfo: ServerInfo!'),
    }),
  );
  await Promise.all([anonymous.close(), client.close()]);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
