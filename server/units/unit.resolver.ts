import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../graphql/context';
import { pickBy } from '../graphql/loaders';
import { CreateUnitInput } from './unit.inputs';
import { Unit } from './unit.entity';

/** Loads units by id, batched per request (used wherever a type points at a unit). */
export function loadUnit(ctx: Context, id: string | null): Promise<Unit | null> {
  if (!id) return Promise.resolve(null);
  return ctx.loaders
    .get<string, Unit | null>('unitById', async (ids) =>
      pickBy(ids, await ctx.services.units.byIds(ids), (u) => u.id),
    )
    .load(id);
}

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

  @FieldResolver(() => Unit, { nullable: true })
  parent(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Unit | null> {
    return loadUnit(ctx, unit.parentId);
  }
}
