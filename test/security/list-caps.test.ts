import { getNullableType, isListType, isObjectType } from 'graphql';
import { createSchema } from '../../server/graphql/schema';
import { LIST_BOUNDS } from '../../server/graphql/list-bounds';
import { LIST_CAPS } from '../../server/common/list-caps';
import { TestServer } from '../support/server';
import { Conference, agendaItem, conference, requestedSpeech } from '../support/factories';
import { OPS } from '../support/agenda';
import { securityServer } from '../support/security';

/** The attack that was accepted when a list was priced at 10 items: three back-references deep. */
const BACK_REFERENCES = `query($id: ID!) { meeting(id: $id) { currentAgendaItem {
  speeches { agendaItem { speeches { agendaItem { speeches { id } } } } } } } }`;

describe('every list has a real bound, and the cost prices it', () => {
  it('bounds every list of the schema by a cap or a page', async () => {
    const schema = await createSchema();
    const unbounded = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .filter((type) => !type.name.startsWith('__'))
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((f) => isListType(getNullableType(f.type)))
          .filter((f) => !f.args.some((a) => a.name === 'first'))
          .filter((f) => !type.name.endsWith('Connection') || f.name !== 'edges')
          .map((f) => `${type.name}.${f.name}`),
      )
      .filter((name) => !(name in LIST_BOUNDS));
    expect(unbounded).toEqual([]);
  });

  describe('on a real server', () => {
    let t: TestServer;
    let m: Conference;
    let itemId: string;
    beforeAll(async () => {
      t = await securityServer({ RATE_LIMIT_SITE: '0', RATE_LIMIT_USER: '0' });
      m = await conference(t, { sites: 1 });
      itemId = (await agendaItem(t, m)).id;
      await t.ok(OPS.startItem, { id: itemId }, m.host);
    });
    afterAll(() => t.close());

    it('refuses the back-reference attack from a site token by its cost', async () => {
      const result = await t.gql(BACK_REFERENCES, { id: m.meetingId }, m.sites[0].token);
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/cost \(\d+\) is over the limit of 1000000/),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
    });

    it(`refuses a speech past ${LIST_CAPS.speechesPerAgendaItem} on one item, changing nothing`, async () => {
      for (let i = 0; i < LIST_CAPS.speechesPerAgendaItem; i++) await requestedSpeech(t, m.sites[0], itemId);
      const over = await t.gql(
        OPS.request,
        { input: { agendaItemId: itemId, connectionPointId: m.sites[0].id, kind: 'CONTRIBUTION' } },
        m.sites[0].token,
      );
      expect(over.errors?.[0]).toMatchObject({
        message: expect.stringContaining(String(LIST_CAPS.speechesPerAgendaItem)),
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'input.agendaItemId',
          reason: 'LIST_CAP_REACHED',
          limit: LIST_CAPS.speechesPerAgendaItem,
        },
      });
      const host = await t.ok(
        'query($id: ID!) { meeting(id: $id) { currentAgendaItem { speeches { id } } } }',
        { id: m.meetingId },
        m.host,
      );
      expect(host.meeting.currentAgendaItem.speeches).toHaveLength(LIST_CAPS.speechesPerAgendaItem);
    });

    it(`refuses a participant past ${LIST_CAPS.participantsPerConnectionPoint} at one connection point, added or moved`, async () => {
      const [site] = m.sites;
      const add = (connectionPointId: string, name: string) =>
        t.gql(
          'mutation($input: AddParticipantInput!) { addParticipant(input: $input) { id } }',
          { input: { meetingId: m.meetingId, connectionPointId, name, role: 'GUEST' } },
          m.host,
        );
      const atSite = async () =>
        (
          await t.ok(
            'query($id: ID!) { meeting(id: $id) { connectionPoints { id participants { id } } } }',
            { id: m.meetingId },
            m.host,
          )
        ).meeting.connectionPoints.find((cp: { id: string }) => cp.id === site.id).participants.length;
      for (let n = await atSite(); n < LIST_CAPS.participantsPerConnectionPoint; n++)
        expect((await add(site.id, `Khách mời số ${n}`)).errors).toBeUndefined();
      const over = await add(site.id, 'Một người nữa');
      expect(over.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.connectionPointId',
        reason: 'LIST_CAP_REACHED',
        limit: LIST_CAPS.participantsPerConnectionPoint,
      });
      const moved = await t.gql(
        'mutation($input: UpdateParticipantInput!) { updateParticipant(input: $input) { id } }',
        { input: { id: m.chairId, connectionPointId: site.id } },
        m.host,
      );
      expect(moved.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'LIST_CAP_REACHED',
      });
      expect(await atSite()).toBe(LIST_CAPS.participantsPerConnectionPoint);
    });

    it(`refuses an agenda item past ${LIST_CAPS.agendaItemsPerMeeting} in a meeting`, async () => {
      const agenda = async () =>
        (await t.ok('query($id: ID!) { meeting(id: $id) { agenda { id } } }', { id: m.meetingId }, m.host))
          .meeting.agenda as unknown[];
      for (let n = (await agenda()).length; n < LIST_CAPS.agendaItemsPerMeeting; n++) await agendaItem(t, m);
      const over = await t.gql(
        OPS.addItem,
        { input: { meetingId: m.meetingId, title: 'Một mục nữa', kind: 'OTHER' } },
        m.host,
      );
      expect(over.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'LIST_CAP_REACHED',
        limit: LIST_CAPS.agendaItemsPerMeeting,
      });
      expect(await agenda()).toHaveLength(LIST_CAPS.agendaItemsPerMeeting);
    });
  });
});
