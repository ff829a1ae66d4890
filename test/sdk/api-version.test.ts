import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { fetch } from 'undici';
import { API_VERSION, createClient, ServerTimeDocument } from '../../client-sdk/src';
import { httpClient, startTestServer, TestServer } from '../support/server';

describe('the API version: serverInfo, the response header, the client check', () => {
  let t: TestServer;
  beforeAll(async () => (t = await startTestServer({ env: { CORS_ORIGINS: 'https://display.example' } })));
  afterAll(() => t?.close());

  it('answers serverInfo without a token, with the SDK’s version', async () => {
    const result = await t.gql('{ serverInfo { apiVersion } }');
    expect(result).toEqual({ data: { serverInfo: { apiVersion: API_VERSION } } });
    expect(API_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('sends X-Diemcau-Api-Version on every answer, errors included, readable by another origin', async () => {
    const answers = await Promise.all([
      fetch(t.url, {
        dispatcher: httpClient,
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://display.example' },
        body: JSON.stringify({ query: '{ me { name } }' }),
      }),
      fetch(t.url.replace('/graphql', '/healthz'), { dispatcher: httpClient }),
    ]);
    for (const answer of answers) {
      await answer.arrayBuffer();
      expect(answer.headers.get('x-diemcau-api-version')).toBe(API_VERSION);
    }
    expect(answers[0].headers.get('access-control-expose-headers')).toMatch(/X-Diemcau-Api-Version/i);
  });

  describe('a client of another version', () => {
    let other: Server;
    let url: string;
    let serverVersion: string;
    beforeAll(async () => {
      other = createServer((_req, res) => {
        res.setHeader('x-diemcau-api-version', serverVersion);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: { serverTime: '2026-12-02T08:00:00.000Z' } }));
      });
      await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(other.address() as AddressInfo).port}/graphql`;
    });
    afterAll(() => new Promise((resolve) => other.close(resolve)));

    const mismatchesWith = async (version: string) => {
      serverVersion = version;
      const told: unknown[] = [];
      const client = createClient({ url, onApiVersionMismatch: (versions) => told.push(versions) });
      await client.request(ServerTimeDocument);
      await client.request(ServerTimeDocument);
      expect(client.serverApiVersion).toBe(version);
      return told;
    };

    it('is told once when the server speaks another major version', async () => {
      const major = Number(API_VERSION.split('.')[0]);
      expect(await mismatchesWith(`${major + 1}.0.0`)).toEqual([
        { server: `${major + 1}.0.0`, client: API_VERSION },
      ]);
    });

    it('is not told of a newer minor or patch of its major version', async () => {
      const [major, minor] = API_VERSION.split('.').map(Number);
      expect(await mismatchesWith(`${major}.${minor + 1}.3`)).toEqual([]);
    });
  });
});
