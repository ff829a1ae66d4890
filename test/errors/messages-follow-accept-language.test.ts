import WebSocket from 'ws';
import { fetch } from 'undici';
import { GqlResult, TestServer, httpClient, startTestServer } from '../support/server';
import { Account, meeting, user } from '../support/factories';

const UPDATE = `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`;
const CREATE = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
const BLANK_TITLE = { input: { title: '   ', kind: 'THEMATIC', format: 'ONLINE' } };

describe('error messages follow Accept-Language; reasons do not', () => {
  let t: TestServer;
  let host: Account;
  let stale: Record<string, unknown>;
  beforeAll(async () => {
    t = await startTestServer();
    host = await user(t, 'HOST');
    const created = await meeting(t, host.token, { title: 'Giao ban tháng' });
    stale = { input: { id: created.id, version: 7, title: 'Giao ban tháng 4' } };
  });
  afterAll(() => t.close());

  async function http(query: string, variables: Record<string, unknown>, acceptLanguage?: string) {
    const res = await fetch(t.url, {
      dispatcher: httpClient,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${host.token}`,
        ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return ((await res.json()) as GqlResult).errors![0];
  }

  function overWebSocket(
    query: string,
    variables: Record<string, unknown>,
    language: { payload?: string; header?: string },
  ) {
    const client = t.ws(host.token, {
      connectionParams: {
        authorization: `Bearer ${host.token}`,
        ...(language.payload ? { 'accept-language': language.payload } : {}),
      },
      webSocketImpl: class extends WebSocket {
        constructor(url: string, protocols: string[]) {
          super(url, protocols, { headers: language.header ? { 'accept-language': language.header } : {} });
        }
      },
    });
    return new Promise<GqlResult['errors']>((resolve, reject) => {
      client.subscribe(
        { query, variables },
        { next: (r) => resolve(r.errors as GqlResult['errors']), error: reject, complete: () => {} },
      );
    }).then((errors) => errors![0]);
  }

  it('a stale version: STALE_VERSION, in Vietnamese by default and for vi, in English for en', async () => {
    const vi = 'Đã có thay đổi trong lúc đó: phiên bản hiện tại là 1, không phải 7';
    const en = 'Changed meanwhile: the current version is 1, not 7';
    for (const [header, message] of [
      [undefined, vi],
      ['vi-VN,vi;q=0.9', vi],
      ['en-US,en;q=0.8', en],
      ['fr, en;q=0.5', en],
      ['fr', vi],
    ] as const) {
      const error = await http(UPDATE, stale, header);
      expect([header, error.message, error.extensions]).toEqual([
        header,
        message,
        { code: 'CONFLICT', reason: 'STALE_VERSION', current: { status: 'DRAFT', version: 1 } },
      ]);
    }
  });

  it('a blank title: BAD_USER_INPUT BLANK naming the field, in either language', async () => {
    const vi = await http(CREATE, BLANK_TITLE, 'vi');
    const en = await http(CREATE, BLANK_TITLE, 'en');
    expect(vi.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'BLANK', field: 'input.title' });
    expect(en.extensions).toEqual(vi.extensions);
    expect([vi.message, en.message]).toEqual([
      'input.title không được để trống',
      'input.title must not be empty or blank',
    ]);
  });

  it('a variable of the wrong type is BAD_USER_INPUT INVALID_VALUE', async () => {
    const error = await http(CREATE, { input: { title: 'Họp', kind: 'NOT_A_KIND', format: 'ONLINE' } }, 'en');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' });
  });

  it('over WebSocket: the language of connection_init, else of the upgrade request, else Vietnamese', async () => {
    const cases = [
      [{ payload: 'en' }, 'Changed meanwhile: the current version is 1, not 7'],
      [{ header: 'en' }, 'Changed meanwhile: the current version is 1, not 7'],
      [{ payload: 'vi', header: 'en' }, 'Đã có thay đổi trong lúc đó: phiên bản hiện tại là 1, không phải 7'],
      [{}, 'Đã có thay đổi trong lúc đó: phiên bản hiện tại là 1, không phải 7'],
    ] as const;
    for (const [language, message] of cases) {
      const error = await overWebSocket(UPDATE, stale, language);
      expect([language, error.message, error.extensions?.reason]).toEqual([
        language,
        message,
        'STALE_VERSION',
      ]);
    }
  });

  it('a BAD_USER_INPUT reads the same over WebSocket and HTTP', async () => {
    const ws = await overWebSocket(CREATE, BLANK_TITLE, { payload: 'en' });
    const http1 = await http(CREATE, BLANK_TITLE, 'en');
    expect({ message: ws.message, extensions: ws.extensions }).toEqual({
      message: http1.message,
      extensions: http1.extensions,
    });
  });
});
