import { TestClock } from '../support/instruments';
import { TestServer, startTestServer } from '../support/server';
import { DRAFT, PUBLISH, addDirective } from '../support/conclusions';
import { lifecycle, unit } from '../support/factories';
import {
  docxPart,
  docxText,
  download,
  flat,
  pdfFonts,
  pdfInfo,
  pdfText,
  pdfWords,
  saveSample,
  WordBox,
} from '../support/documents';
import { Scenario, scenarios, seedScenario } from '../../server/seed/seed';
import { PAGE } from '../../server/documents/official-document';

/** What the conclusion says, as the host's office types it (Quảng Ngãi's from its report). */
const BODIES: Record<string, string> = {
  'quang-ngai-2022-04-28': `Ban chỉ đạo tiếp thu những ý kiến chỉ đạo của đồng chí Viện trưởng và những ý kiến góp ý của các cá nhân, đơn vị.

Trong thời gian tới, Ban chỉ đạo sẽ tiếp tục quán triệt, triển khai thực hiện đầy đủ các văn bản của Đảng, Nhà nước, của Ngành cấp trên và của địa phương liên quan đến thực hiện Quy chế dân chủ trong hai cấp Kiểm sát.`,
  'phu-yen-monthly-briefing': `Trong tháng 6/2021, các đơn vị đã hoàn thành tốt các chỉ tiêu nghiệp vụ; số án tồn đọng giảm so với tháng trước.
Các đơn vị tiếp tục rà soát án tạm đình chỉ, án có dấu hiệu oan sai và trả lời kiến nghị đúng hạn.`,
};

/** How each reference meeting's notice is published: signed for the head, or in the head's own name. */
const PUBLISHED = {
  'quang-ngai-2022-04-28': {
    started: '2022-04-28T00:30:00Z',
    number: '12/TB-VKS',
    notice: {
      signedAt: '2022-04-29T02:00:00Z',
      signer: { authority: 'KT. VIỆN TRƯỞNG', title: 'Phó Viện trưởng', name: 'Trần Quang Minh' },
    },
    parentAgency: 'VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO',
    issuer: 'VIỆN KIỂM SÁT NHÂN DÂN TỈNH QUẢNG NGÃI',
    dateLine: 'Quảng Ngãi, ngày 29 tháng 4 năm 2022',
    opening: 'Ngày 28/4/2022, Viện kiểm sát nhân dân tỉnh Quảng Ngãi tổ chức Hội nghị chuyên đề',
    signature: ['KT. VIỆN TRƯỞNG', 'PHÓ VIỆN TRƯỞNG', 'Trần Quang Minh'],
  },
  'phu-yen-monthly-briefing': {
    started: '2021-07-05T01:00:00Z',
    number: '05/TB-VKS',
    notice: {
      signedAt: null,
      signer: { title: 'Viện trưởng', name: 'Lê Trung Hưng' },
      recipients: [
        '- Như trên;',
        'VKSND tối cao (để báo cáo)',
        'Thường trực Tỉnh ủy (để báo cáo);',
        'Lưu: VT, VP.',
      ],
    },
    parentAgency: 'VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO',
    issuer: 'VIỆN KIỂM SÁT NHÂN DÂN TỈNH PHÚ YÊN',
    dateLine: 'Phú Yên, ngày 06 tháng 7 năm 2021',
    opening: 'Ngày 05/7/2021, Viện kiểm sát nhân dân tỉnh Phú Yên tổ chức Hội nghị giao ban trực tuyến',
    signature: ['VIỆN TRƯỞNG', 'Lê Trung Hưng'],
  },
} as const;
type Reference = keyof typeof PUBLISHED;

describe.each(Object.keys(PUBLISHED) as Reference[])('the notice of %s as files', (key) => {
  const scenario: Scenario = scenarios[key];
  const expected = PUBLISHED[key];
  const clock = new TestClock(expected.started);
  let t: TestServer;
  let admin: string;
  let meetingId: string;
  /** The notice's elements, in order: the header's two columns, the text, Nơi nhận and the signature. */
  let agencyColumn: string[];
  let nationColumn: string[];
  let text: string[];
  let recipients: string[];
  let signature: string[];

  beforeAll(async () => {
    t = await startTestServer({ clock });
    admin = await t.adminToken();
    ({ meetingId } = await seedScenario((q, v) => t.ok(q, v, admin), scenario));
    const { meeting } = await t.ok(
      'query($id: ID!) { meeting(id: $id) { organizerId participants { id name position role } } }',
      { id: meetingId },
      admin,
    );
    const concluderName =
      scenario.conclusion?.by ?? scenario.participants.find((p) => p.role === 'chair')!.name;
    const concluder = meeting.participants.find((p: { name: string }) => p.name === concluderName);
    await lifecycle(t, admin, meetingId, 'start');
    const { draftConclusion } = await t.ok(
      DRAFT,
      { input: { meetingId, text: BODIES[key], concludedById: concluder.id } },
      admin,
    );
    for (const d of scenario.conclusion?.directives ?? []) {
      const assigneeUnitId = await unit(t, d.assignee, {
        level: 'OTHER',
        parentId: meeting.organizerId,
        exact: true,
      });
      await addDirective(t, admin, { meetingId, assigneeUnitId, task: d.task });
    }
    clock.advance(4 * 3600);
    await lifecycle(t, admin, meetingId, 'end');
    clock.advance(20 * 3600);
    await t.ok(PUBLISH, { id: draftConclusion.id, n: expected.number, notice: expected.notice }, admin);

    const sites = scenario.sites.map((s) => s.unit).sort((a, b) => a.localeCompare(b, 'vi'));
    const directives = scenario.conclusion?.directives ?? [];
    recipients =
      'recipients' in expected.notice
        ? [
            '- Như trên;',
            '- VKSND tối cao (để báo cáo);',
            '- Thường trực Tỉnh ủy (để báo cáo);',
            '- Lưu: VT, VP.',
          ]
        : [
            '- VKSND tối cao (để báo cáo);',
            ...[...new Set([...directives.map((d) => d.assignee), ...sites])].map((r) => `- ${r};`),
            '- Lưu: VT.',
          ];
    agencyColumn = [expected.parentAgency, expected.issuer, `Số: ${expected.number}`];
    nationColumn = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', expected.dateLine];
    text = [
      'THÔNG BÁO',
      `Kết luận của đồng chí ${concluder.name}, ${concluder.position} tại ${scenario.title}`,
      expected.opening,
      ...BODIES[key].split('\n').filter((line) => line.trim()),
      ...directives.map((d, i) => `${i + 1}. ${d.task}`),
    ];
    recipients.unshift('Nơi nhận:');
    signature = [...expected.signature];
  });
  afterAll(() => t.close());

  /** `found` (whitespace flattened) holds each of `elements` once, one after another. */
  const mm = (v: number) => (v * 72) / 25.4;

  function expectInOrder(found: string, elements: string[]): void {
    let from = 0;
    for (const element of elements) {
      const at = found.indexOf(element, from);
      expect({ element, found: at >= 0 }).toEqual({ element, found: true });
      from = at + element.length;
    }
  }
  const everything = () => [...agencyColumn, ...nationColumn, ...text, ...recipients, ...signature];

  it('is a Word document on A4 with the decree’s margins and type, every element in its place', async () => {
    const { res, body } = await download(t, meetingId, 'notice', 'docx', admin);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename=Thong-bao-${expected.number.replace('/', '-')}.docx`,
    );
    saveSample(`notice-${key}`, 'docx', body);
    expectInOrder(flat(docxText(body)), everything());
    const xml = docxPart(body, 'word/document.xml');
    // A4 (210 × 297 mm) in twentieths of a point; margins top/bottom 20 mm, left 30 mm, right 15 mm.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(xml)!;
    const [top, right, bottom, left] = margin.slice(1).map((twips) => (Number(twips) * 25.4) / 1440);
    for (const [side, mm, min, max] of [
      ['top', top, 20, 25],
      ['bottom', bottom, 20, 25],
      ['left', left, 30, 35],
      ['right', right, 15, 20],
    ] as const) {
      expect({ side, within: mm >= min - 0.05 && mm <= max + 0.05 }).toEqual({ side, within: true });
    }
    // Times New Roman, the text in 14 pt (28 half-points); the header 12–14 pt, Nơi nhận 11–12 pt.
    const styles = docxPart(body, 'word/styles.xml');
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]*>/);
    const sizes = [...xml.matchAll(/<w:sz w:val="(\d+)"\/>(?:(?!<\/w:r>).)*<w:t[^>]*>([^<]+)<\/w:t>/g)].map(
      (m) => ({
        pt: Number(m[1]) / 2,
        text: m[2],
      }),
    );
    expect(sizes.find((s) => s.text.startsWith(BODIES[key].slice(0, 20)))?.pt).toBe(14);
    expect(sizes.every((s) => s.pt >= 11 && s.pt <= 14)).toBe(true);
    // The header and the closing: two columns side by side, no borders.
    expect(xml.match(/<w:tbl>/g)).toHaveLength(2);
  });

  it('is a PDF on A4 with an embedded Vietnamese serif, inside the margins, every element in its place', async () => {
    const { res, body } = await download(t, meetingId, 'notice', 'pdf', admin);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    saveSample(`notice-${key}`, 'pdf', body);
    // The text between the header and Nơi nhận reads in order; the header's and the closing's two
    // columns, side by side, each read in order left and right of the column split.
    const all = flat(pdfText(body));
    expectInOrder(all.slice(all.indexOf('THÔNG BÁO'), all.indexOf('Nơi nhận:')), text);
    const words = pdfWords(body);
    const typeAt = words.findIndex((w) => w.word === 'THÔNG');
    const closingAt = words.findIndex((w, i) => w.word === 'Nơi' && words[i + 1].word === 'nhận:');
    const split = mm(30) + PAGE.headerSplit * mm(210 - 30 - 15);
    const column = (ws: WordBox[], side: 'left' | 'right') =>
      ws
        .filter((w) => (side === 'left' ? w.xMax <= split : w.xMin >= split))
        .map((w) => w.word)
        .join(' ');
    expectInOrder(column(words.slice(0, typeAt), 'left'), agencyColumn);
    expectInOrder(column(words.slice(0, typeAt), 'right'), nationColumn);
    expectInOrder(column(words.slice(closingAt), 'left'), recipients);
    expectInOrder(column(words.slice(closingAt), 'right'), signature);
    expect(pdfInfo(body)).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const fonts = pdfFonts(body);
    for (const face of ['LiberationSerif', 'LiberationSerif-Bold', 'LiberationSerif-Italic']) {
      // name, type, encoding, emb(edded) yes, sub(set) yes, uni(code map) yes
      expect(fonts).toMatch(new RegExp(`\\+${face}\\s+CID TrueType\\s+Identity-H\\s+yes yes yes`));
    }
    expect(words.length).toBeGreaterThan(100);
    expect(Math.min(...words.map((w) => w.xMin))).toBeGreaterThanOrEqual(mm(30) - 0.5);
    expect(Math.max(...words.map((w) => w.xMax))).toBeLessThanOrEqual(mm(210 - 15) + 0.5);
    expect(Math.min(...words.map((w) => w.yMin))).toBeGreaterThanOrEqual(mm(20) - 0.5);
    expect(Math.max(...words.map((w) => w.yMax))).toBeLessThanOrEqual(mm(297 - 20) + 0.5);
  });

  it('is a printable page of HTML and a Markdown text with the same elements', async () => {
    const html = (await download(t, meetingId, 'notice', 'html', admin)).body;
    saveSample(`notice-${key}`, 'html', html);
    const page = html.toString('utf8');
    expect(page).toContain('@page { size: A4; margin: 20mm 15mm 20mm 30mm; }');
    expect(page).toMatch(/font-family: 'Times New Roman'[^;]*; font-size: 14pt/);
    expectInOrder(flat(page.replace(/<style>[^]*<\/style>/, '').replace(/<[^>]+>/g, ' ')), everything());

    const md = (await download(t, meetingId, 'notice', 'md', admin)).body;
    saveSample(`notice-${key}`, 'md', md);
    expectInOrder(
      flat(
        md
          .toString('utf8')
          .replace(/\*\*|\*|\\$|\\(?=\n)|^#+ /gm, '')
          .replace(/\\\n/g, '\n'),
      ),
      everything(),
    );
  });
});
