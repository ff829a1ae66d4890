import { TestClock } from '../support/instruments';
import { TestServer, startTestServer } from '../support/server';
import { heldConference, READ_REPORT } from '../support/meeting-report';
import { download, flat, pdfFonts, pdfText, saveSample } from '../support/documents';

const STEM = 'report-quang-ngai-2022-04-28';

describe('the meeting report with charts, as HTML and PDF', () => {
  let t: TestServer;
  const clock = new TestClock();
  let m: Awaited<ReturnType<typeof heldConference>>;
  let report: any;
  beforeAll(async () => {
    t = await startTestServer({ clock });
    m = await heldConference(t, clock);
    report = (await t.ok(READ_REPORT, { id: m.meetingId }, m.host)).meeting.report;
  });
  afterAll(() => t.close());

  /** What both forms say: the heading, each chart's title and legend, each point's and item's name. */
  const labels = () => [
    'BÁO CÁO HỘI NGHỊ',
    'Thời gian: từ 07 giờ 30 đến 08 giờ 22, ngày 28/4/2022.',
    '1. Thời gian dự kiến và thực tế theo nội dung',
    'Dự kiến',
    'Thực tế',
    'Phút, tính từ 07 giờ 30',
    '2. Thời gian phát biểu theo điểm cầu',
    '3. Thời gian phát biểu theo hình thức',
    'Tham luận',
    'Phát biểu',
    '4. Tình hình tham dự theo điểm cầu',
    'Đến muộn',
    'Vắng có lý do',
    '5. Chất lượng kết nối theo điểm cầu',
    ...m.items.map((item, i) => `${i + 1}. ${item.title}`),
    ...report.connection.map((c: { name: string }) => c.name),
    `1 lần mất kết nối, ${m.lostSeconds[1] / 60} phút`,
  ];

  it('draws each chart as inline SVG in the HTML', async () => {
    const { res, body } = await download(t, m.meetingId, 'report', 'html', m.host);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = body.toString('utf8');
    saveSample(STEM, 'html', body);
    const svgs = html.match(/<svg [^>]*>[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(5);
    // A bar each for the planned and the held time of every item.
    const [timeline = ''] = svgs;
    expect(timeline.match(/<rect /g)?.length).toBeGreaterThanOrEqual(2 * m.items.length);
    const text = flat(html.replace(/<[^>]+>/g, ' '));
    for (const label of labels()) expect(text).toContain(label);
  });

  it('draws the same charts in the PDF, with the shipped font embedded', async () => {
    const { res, body } = await download(t, m.meetingId, 'report', 'pdf', m.host);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="?Bao-cao-Hoi-nghi-chuyen-de-.*\.pdf"?$/,
    );
    saveSample(STEM, 'pdf', body);
    const text = flat(pdfText(body));
    for (const label of labels()) expect(text).toContain(label);
    expect(pdfFonts(body)).toMatch(/\+LiberationSerif\s+CID TrueType\s+Identity-H\s+yes/);
  });
});
