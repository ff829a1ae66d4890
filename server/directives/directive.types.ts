import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/connection';
import { Directive } from './directive.entity';
import type { DirectiveTally } from './directive.service';

@ObjectType()
export class DirectiveConnection extends Connection(Directive) {}

/**
 * open + inProgress + doneOnTime + doneLate = total; overdue and dueSoon (never both) count among
 * open and inProgress.
 */
@ObjectType()
export class DirectiveCounts implements DirectiveTally {
  @Field(() => Int)
  open!: number;

  @Field(() => Int)
  inProgress!: number;

  @Field(() => Int, { description: 'Not DONE and past the deadline (among open and inProgress)' })
  overdue!: number;

  @Field(() => Int, {
    description: 'Not DONE, the deadline within DIRECTIVE_DUE_SOON_HOURS (among open and inProgress)',
  })
  dueSoon!: number;

  @Field(() => Int, { description: 'DONE by the deadline, or without one' })
  doneOnTime!: number;

  @Field(() => Int)
  doneLate!: number;

  @Field(() => Int)
  total!: number;
}
