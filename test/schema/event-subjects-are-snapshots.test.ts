import { getNamedType, isLeafType, isUnionType } from 'graphql';
import { createSchema } from '../../server/graphql/schema';
import { subjectClasses } from '../../server/events/subjects';

it("an event's subject is a snapshot of every kind of subject: plain fields only, and no id", async () => {
  const schema = await createSchema();
  const union = schema.getType('MeetingEventSubject');
  if (!isUnionType(union)) throw new Error('MeetingEventSubject is not a union');
  expect(
    union
      .getTypes()
      .map((t) => t.name)
      .sort(),
  ).toEqual(
    Object.keys(subjectClasses)
      .map((kind) => `${kind}Snapshot`)
      .sort(),
  );
  for (const snapshot of union.getTypes()) {
    const fields = Object.values(snapshot.getFields());
    // Nothing under a snapshot is resolved from today's rows: no object to load, no argument.
    expect(fields.filter((f) => !isLeafType(getNamedType(f.type)) || f.args.length > 0)).toEqual([]);
    expect(fields.map((f) => f.name)).not.toContain('id');
    expect(fields.map((f) => f.name)).toContain(
      `${snapshot.name[0].toLowerCase()}${snapshot.name.slice(1, -'Snapshot'.length)}Id`,
    );
  }
});
