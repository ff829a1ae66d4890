import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { Edge, PageInfo } from '../common/pagination';

/** The GraphQL types of the pages of common/pagination.ts (Relay-style connections). */

@ObjectType('PageInfo')
export class PageInfoObject implements PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the last edge: pass it as `after`' })
  endCursor!: string | null;
}

/**
 * The GraphQL types of a connection of `node`: `<Node>Edge` and an abstract connection to extend,
 * e.g. `@ObjectType() class MeetingConnection extends Connection(Meeting) {}`.
 */
export function Connection<T extends object>(node: ClassType<T>) {
  @ObjectType(`${node.name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  // Never in the schema itself: only the classes that extend it are reached from resolvers.
  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfoObject)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many match the filter, on all pages' })
    totalCount!: number;
  }
  return ConnectionType;
}
