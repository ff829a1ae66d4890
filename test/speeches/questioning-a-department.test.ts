import { TestServer, expectError, startTestServer } from '../support/server';
import { Conference, agendaItem, conference, lastEventSeq, participant, unit } from '../support/factories';
import { OPS } from '../support/agenda';

/** A question to a department of the host unit (Phòng 2), which has no connection point of its own. */
describe('questioning a department of the host unit: askQuestion with unitId', () => {
  let t: TestServer;
  let m: Conference;
  let itemId: string;
  let provinceId: string;
  beforeAll(async () => {
    t = await startTestServer();
  });
  beforeEach(async () => {
    m = await conference(t, { sites: 1 });
    const points = await t.ok(
      'query($id: ID!) { meeting(id: $id) { connectionPoints { id unitId } } }',
      { id: m.meetingId },
      m.host,
    );
    provinceId = points.meeting.connectionPoints.find((cp: any) => cp.id === m.hostPointId).unitId;
    itemId = (await agendaItem(t, m, { title: 'Truy vấn, giải trình', kind: 'QUESTIONING' })).id;
    await t.ok(OPS.startItem, { id: itemId }, m.host);
  });
  afterAll(() => t.close());

  const ask = (input: Record<string, unknown>) =>
    t.gql(OPS.ask, { input: { agendaItemId: itemId, question: 'Vì sao án tồn?', ...input } }, m.host);

  it('has the department explain from the host point, by the person named', async () => {
    const phong2 = await unit(t, 'Phòng 2', { level: 'DEPARTMENT', parentId: provinceId, exact: true });
    const head = await participant(t, m.host, m.meetingId, m.hostPointId, {
      name: 'Võ Văn Hùng',
      position: 'Trưởng phòng 2',
      unitId: phong2,
    });
    const explanation = (
      await t.ok(
        OPS.ask,
        { input: { agendaItemId: itemId, question: 'Vì sao án tồn?', unitId: phong2 } },
        m.host,
      )
    ).askQuestion;
    expect(explanation).toMatchObject({
      kind: 'EXPLANATION',
      connectionPointId: m.hostPointId,
      unitId: phong2,
      displayName: 'Phòng 2',
    });
    // The speaker named afterwards, once it is known who explains.
    const named = (
      await t.ok(OPS.updateSpeech, { input: { id: explanation.id, participantId: head.id } }, m.host)
    ).updateSpeech;
    expect(named).toMatchObject({ speaker: { id: head.id }, displayName: 'Võ Văn Hùng' });
  });

  it('takes a unit with a connection point as that point', async () => {
    const points = await t.ok(
      'query($id: ID!) { meeting(id: $id) { connectionPoints { id unitId } } }',
      { id: m.meetingId },
      m.host,
    );
    const siteUnit = points.meeting.connectionPoints.find((cp: any) => cp.id === m.sites[0].id).unitId;
    const explanation = (await ask({ unitId: siteUnit, explainerId: m.sites[0].delegateId })).data!
      .askQuestion;
    expect(explanation).toMatchObject({ connectionPointId: m.sites[0].id, unitId: null });
    expect(explanation.displayName).toBe('Nguyễn Thị Bích Thủy 1');
  });

  it('refuses a unit that is neither in the meeting nor a department of the host unit, writing nothing', async () => {
    const elsewhere = await unit(t, 'Phòng 7', { level: 'DEPARTMENT' });
    const phong2 = await unit(t, 'Phòng 2', { level: 'DEPARTMENT', parentId: provinceId });
    const before = await lastEventSeq(t, m.host, m.meetingId);
    expect(
      expectError(await ask({ unitId: elsewhere }), 'BAD_USER_INPUT', 'input.unitId').extensions!.reason,
    ).toBe('NOT_IN_MEETING');
    expectError(await ask({ unitId: 'x' }), 'BAD_USER_INPUT', 'input.unitId');
    const both = expectError(
      await ask({ unitId: phong2, connectionPointId: m.sites[0].id }),
      'BAD_USER_INPUT',
      'input.connectionPointId',
    );
    expect(both.extensions!.reason).toBe('EXACTLY_ONE_OF');
    // The explainer of a department sits at the host point.
    expectError(
      await ask({ unitId: phong2, explainerId: m.sites[0].delegateId }),
      'BAD_USER_INPUT',
      'input.explainerId',
    );
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before);
  });
});
