import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../graphql/context';
import { Loaded, loadOptional } from '../graphql/loaders';
import { CreateUnitInput } from './unit.inputs';
import { Unit } from './unit.entity';
import { fullNameOf } from './unit-names';

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => [Unit], { description: 'The units under `parentId`, or the top of the tree without it' })
  units(
    @Arg('parentId', () => ID, { nullable: true }) parentId: string | null,
    @Ctx() ctx: Context,
  ): Promise<Unit[]> {
    return ctx.services.units.children(ctx.actor, parentId);
  }

  @Mutation(() => Unit)
  createUnit(@Arg('input') input: CreateUnitInput, @Ctx() ctx: Context): Promise<Unit> {
    return ctx.services.units.create(ctx.actor, input);
  }

  @FieldResolver(() => String, { description: 'The name written out in full, as on documents' })
  fullName(@Root() unit: Unit): string {
    return fullNameOf(unit);
  }

  @FieldResolver(() => Unit, { nullable: true })
  parent(@Root() unit: Unit, @Ctx() ctx: Context): Loaded<Unit | null> {
    return loadOptional(ctx.loaders.unitById, unit.parentId);
  }
}
