import { serverAudits } from 'graphql-http';
import { TestServer } from '../support/server';
import { securityServer } from '../support/security';

describe('GraphQL over HTTP compliance (graphql-http serverAudits)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await securityServer();
  });
  afterAll(() => t.close());

  it('passes every MUST audit', async () => {
    const results = await Promise.all(
      serverAudits({ url: () => t.url, fetchFn: fetch }).map((audit) => audit.fn()),
    );
    const failed = results.filter((r) => r.status !== 'ok');
    const score = `${results.length - failed.length}/${results.length}`;
    console.log(`graphql-http audit: ${score} ok;`, failed.map((r) => `${r.status}: ${r.name}`).join('; '));
    expect(failed.filter((r) => r.name.startsWith('MUST')).map((r) => `${r.name}: ${r.reason}`)).toEqual([]);
  });
});
