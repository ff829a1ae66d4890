import { getNamedType, parse } from 'graphql';
import { createSchema } from '../../server/graphql/schema';
import { EVENT_SOURCED_FIELDS, eventSourcedMeeting } from '../../server/graphql/event-sourced-fields';
import { MEETING_SNAPSHOT } from '../../scripts/bench/common';
import { FollowedMeetingDocument } from '../../client-sdk/src/generated/graphql';

/**
 * The list of fields whose answers may be kept until the meeting's next event
 * (graphql/event-sourced-fields.ts) names fields that exist, and rests on what it says of them.
 */
describe('the event-sourced fields', () => {
  it('are fields of the schema', async () => {
    const schema = await createSchema();
    const unknown = [...EVENT_SOURCED_FIELDS].filter((name) => {
      const [type, field] = name.split('.');
      const object = schema.getType(type);
      return !object || !('getFields' in object) || !(field in object.getFields());
    });
    expect(unknown).toEqual([]);
  });

  it('list units, which only createUnit writes: no other mutation returns or takes one', async () => {
    const schema = await createSchema();
    const touching = Object.values(schema.getMutationType()!.getFields())
      .filter(
        (m) =>
          getNamedType(m.type).name === 'Unit' ||
          m.args.some((a) => /^(Create|Update|Move|Rename)?Unit/.test(getNamedType(a.type).name)),
      )
      .map((m) => m.name);
    expect(touching).toEqual(['createUnit']);
  });

  it('take in the national snapshot, and leave out what follows the clock or other tables', async () => {
    const schema = await createSchema();
    const kept = (query: string) => eventSourcedMeeting(schema, parse(query), undefined) !== null;
    expect(kept(MEETING_SNAPSHOT)).toBe(true);
    // What every site's screen reads when it joins.
    expect(kept(FollowedMeetingDocument.toString())).toBe(true);
    expect(kept('{ meeting(id: "x") { id ...S } } fragment S on Meeting { currentSpeech { id } }')).toBe(
      true,
    );
    expect(kept('query($id: ID!) { meeting(id: $id) { currentSpeech { remainingSeconds } } }')).toBe(false);
    expect(kept('query($id: ID!) { meeting(id: $id) { hosts { username } } }')).toBe(false);
    expect(kept('{ meeting(id: "x") { id ...S } } fragment S on Meeting { hosts { id } }')).toBe(false);
    expect(kept('{ meeting(id: "x") { id } serverTime }')).toBe(false);
    expect(kept('{ a: meeting(id: "x") { id } b: meeting(id: "y") { id } }')).toBe(false);
  });
});
