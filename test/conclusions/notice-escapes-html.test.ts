import { TestServer, startTestServer } from '../support/server';
import { draft } from '../support/conclusions';
import { meeting, unit, user } from '../support/factories';

const RAW_HTML = '<script>alert(1)</script> <img src=x onerror="alert(2)"> Chỉ tiêu > 90% & đạt';

describe('the Markdown notice does not carry raw HTML written by users', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('escapes HTML in the conclusion text and the meeting title; GraphQL answers the text as written', async () => {
    const host = await user(t, 'HOST');
    const organizerId = await unit(t, 'VKSND tỉnh Quảng Ngãi', { level: 'PROVINCIAL' });
    const { id: meetingId } = await meeting(
      t,
      host.token,
      { organizerId, title: `Hội nghị ${RAW_HTML}` },
      'start',
    );
    await draft(t, host.token, meetingId, `Kết luận: ${RAW_HTML}`);

    const res = await fetch(`http://127.0.0.1:${t.server.port}/meetings/${meetingId}/notice`, {
      headers: { authorization: `Bearer ${host.token}` },
    });
    expect(res.status).toBe(200);
    const markdown = await res.text();
    expect(markdown).not.toMatch(/[<>]/);
    expect(markdown).toContain(
      'Kết luận: &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror="alert(2)"&gt; Chỉ tiêu &gt; 90% &amp; đạt',
    );
    expect(markdown).toContain('Hội nghị &lt;script&gt;');

    const data = await t.ok(
      'query($id: ID!) { meeting(id: $id) { conclusion { notice { body } } } }',
      { id: meetingId },
      host.token,
    );
    expect(data.meeting.conclusion.notice.body).toBe(`Kết luận: ${RAW_HTML}`);
  });
});
