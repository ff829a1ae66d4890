import { TestServer, expectError, startTestServer } from '../support/server';
import { connectionPoint, hostedMeeting, participant, unit } from '../support/factories';
import { UPDATE_PARTICIPANT, setupOf } from '../support/connection-points';
import { UNKNOWN_ID } from '../support/instruments';

describe('updateParticipant', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  const update = (input: Record<string, unknown>, token: string | null) =>
    t.gql(UPDATE_PARTICIPANT, { input }, token);

  it('requires authentication', async () => {
    expectError(await update({ id: UNKNOWN_ID, name: 'x' }, null), 'UNAUTHENTICATED');
  });

  it('changes only the fields sent, and moves a participant to another point of the meeting', async () => {
    const { host, meetingId } = await hostedMeeting(t);
    const a = await connectionPoint(t, host, meetingId);
    const b = await connectionPoint(t, host, meetingId);
    const unitId = await unit(t);
    const p = await participant(t, host, meetingId, a.id, { position: 'Kiểm sát viên', unitId });
    const data = await t.ok(
      UPDATE_PARTICIPANT,
      {
        input: {
          id: p.id,
          connectionPointId: b.id,
          name: 'Phùng Thanh Liễu',
          role: 'SECRETARY',
          unitId: null,
        },
      },
      host,
    );
    expect(data.updateParticipant).toMatchObject({
      connectionPointId: b.id,
      name: 'Phùng Thanh Liễu',
      position: 'Kiểm sát viên',
      role: 'SECRETARY',
      unitId: null,
    });
    const cleared = await t.ok(UPDATE_PARTICIPANT, { input: { id: p.id, position: null } }, host);
    expect(cleared.updateParticipant.position).toBeNull();
  });

  it('refuses bad input and a point of another meeting, and writes nothing', async () => {
    const { host, outsider, meetingId } = await hostedMeeting(t);
    const other = await hostedMeeting(t);
    const foreign = await connectionPoint(t, other.host, other.meetingId);
    const p = await participant(t, host, meetingId, (await connectionPoint(t, host, meetingId)).id);
    const before = await setupOf(t, host, meetingId);
    expectError(await update({ id: p.id, name: '' }, host), 'BAD_USER_INPUT', 'input.name');
    expectError(await update({ id: p.id, name: null }, host), 'BAD_USER_INPUT', 'input.name');
    expectError(
      await update({ id: p.id, connectionPointId: foreign.id }, host),
      'BAD_USER_INPUT',
      'input.connectionPointId',
    );
    expectError(
      await update({ id: p.id, connectionPointId: null }, host),
      'BAD_USER_INPUT',
      'input.connectionPointId',
    );
    expectError(await update({ id: p.id, unitId: UNKNOWN_ID }, host), 'BAD_USER_INPUT', 'input.unitId');
    expectError(await update({ id: 'p', name: 'x' }, host), 'BAD_USER_INPUT', 'input.id');
    expectError(await update({ id: UNKNOWN_ID, name: 'x' }, host), 'NOT_FOUND');
    expectError(await update({ id: p.id, name: 'x' }, outsider), 'FORBIDDEN');
    expect(await setupOf(t, host, meetingId)).toEqual(before);
  });
});
