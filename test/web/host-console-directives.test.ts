import path from 'node:path';
import { SCREENSHOTS } from '../support/browser';
import {
  addDirective,
  ANNOUNCE,
  concludedMeeting,
  PUBLISH,
  readConclusion,
  report,
} from '../support/conclusions';
import { ConsoleUser, useServerAndBrowser } from '../support/console';
import { lifecycle, unit, user } from '../support/factories';

jest.setTimeout(120_000);

const DAY = 24 * 3600_000;

/**
 * The directives of a published notice followed from the console: due soon and overdue marked by
 * the server's clock; a DONE the unit reported accepted, another sent back with a reason (a blank
 * one refused in the server's words, nothing changed).
 */
describe('directives followed from the host console', () => {
  // The server's clock, moved on past deadlines by the test.
  const clock = { at: Date.now(), now: () => new Date(clock.at) };
  const world = useServerAndBrowser(clock);

  it('marks due soon and overdue, accepts one DONE and reopens another with a reason', async () => {
    const { t } = world;
    const m = await concludedMeeting(t);
    const districts = await Promise.all(
      ['Sơn Hòa', 'Tây Hòa', 'Đồng Xuân', 'Sông Hinh'].map((name) =>
        unit(t, `VKSND huyện ${name}`, { parentId: m.organizerId }),
      ),
    );
    const give = (i: number, deadline: number | null) =>
      addDirective(t, m.host.token, {
        meetingId: m.meetingId,
        assigneeUnitId: districts[i],
        task: `Nhiệm vụ ${i + 1}`,
        deadline: deadline && new Date(deadline).toISOString(),
      });
    const [accepted, reopened, dueSoon, overdue] = [
      await give(0, null),
      await give(1, null),
      await give(2, clock.at + 3.5 * DAY),
      await give(3, clock.at + DAY),
    ];
    await t.ok(ANNOUNCE, { id: m.conclusionId }, m.host.token);
    await lifecycle(t, m.host.token, m.meetingId, 'end');
    await t.ok(PUBLISH, { id: m.conclusionId, n: '12/TB-VKS' }, m.host.token);
    for (const [i, d] of [accepted, reopened].entries()) {
      const operator = await user(t, 'SITE_OPERATOR', { unitId: districts[i] });
      await report(t, operator.token, d.id, 'DONE', `Đã hoàn thành nhiệm vụ ${i + 1}`);
    }
    clock.at += 2 * DAY;

    const host = await ConsoleUser.onLiveScreen(world.browser, world.origin, m.meetingId);
    const row = (d: Record<string, any>) => host.page.locator(`[data-directive="${d.id}"]`);
    await row(dueSoon).filter({ hasText: 'Sắp đến hạn' }).waitFor();
    await row(overdue).filter({ hasText: 'Quá hạn' }).waitFor();
    expect(await row(dueSoon).getAttribute('data-overdue')).toBe('false');
    expect(await row(accepted).innerText()).toContain('Đơn vị báo cáo: Đã hoàn thành nhiệm vụ 1');

    await host.button('Công nhận hoàn thành', row(accepted));
    await host.outcome('Đã công nhận nhiệm vụ hoàn thành.');
    await row(accepted).filter({ hasText: 'Đã công nhận hoàn thành' }).waitFor();
    await row(accepted).getByRole('button', { name: 'Công nhận hoàn thành' }).waitFor({ state: 'detached' });

    const seq = (await readConclusion(t, m.meetingId)).lastEventSeq;
    await host.fill(row(reopened).getByLabel('Lý do chưa công nhận'), '   ');
    await host.button('Yêu cầu thực hiện tiếp', row(reopened));
    await host.outcome('«Lý do» không được để trống');
    expect((await readConclusion(t, m.meetingId)).lastEventSeq).toBe(seq);

    await host.fill(row(reopened).getByLabel('Lý do chưa công nhận'), 'Còn thiếu số liệu quý III');
    await host.button('Yêu cầu thực hiện tiếp', row(reopened));
    await host.outcome('Đã trả nhiệm vụ về đơn vị để thực hiện tiếp.');
    await row(reopened).filter({ hasText: 'Yêu cầu thực hiện tiếp: Còn thiếu số liệu quý III' }).waitFor();
    expect(await row(reopened).getAttribute('data-status')).toBe('IN_PROGRESS');
    expect(await row(reopened).getByRole('button').count()).toBe(0);

    await host.page
      .getByTestId('directives')
      .screenshot({ path: path.join(SCREENSHOTS, 'host-directives.png') });
    const { conclusion } = await readConclusion(t, m.meetingId);
    const status = (d: Record<string, any>) => conclusion!.directives.find((x: any) => x.id === d.id).status;
    expect([status(accepted), status(reopened)]).toEqual(['DONE', 'IN_PROGRESS']);
    await host.close();
  });
});
