import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Context } from '../graphql/context';
import { Loaded, loadOptional } from '../graphql/loaders';
import { Meeting } from '../meetings/meeting.entity';
import { Unit } from '../units/unit.entity';
import { ConnectionPoint } from './connection-point.entity';
import { AddConnectionPointInput, UpdateConnectionPointInput } from './connection-point.inputs';

@Resolver(() => ConnectionPoint)
export class ConnectionPointResolver {
  @Mutation(() => ConnectionPoint, { description: 'Hosts: adds a connection point (one per unit, one HOST)' })
  addConnectionPoint(
    @Arg('input') input: AddConnectionPointInput,
    @Ctx() ctx: Context,
  ): Promise<ConnectionPoint> {
    return ctx.services.connectionPoints.add(ctx.actor, input);
  }

  @Mutation(() => ConnectionPoint)
  updateConnectionPoint(
    @Arg('input') input: UpdateConnectionPointInput,
    @Ctx() ctx: Context,
  ): Promise<ConnectionPoint> {
    return ctx.services.connectionPoints.update(ctx.actor, input);
  }

  @Mutation(() => ConnectionPoint, {
    description: 'Hosts: removes a connection point and its participants, before the meeting starts',
  })
  removeConnectionPoint(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ConnectionPoint> {
    return ctx.services.connectionPoints.remove(ctx.actor, id);
  }

  @FieldResolver(() => Unit)
  unit(@Root() cp: ConnectionPoint, @Ctx() ctx: Context): Loaded<Unit | null> {
    return loadOptional(ctx.loaders.unitById, cp.unitId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether a site access code is currently valid' })
  hasAccessCode(@Root() cp: ConnectionPoint): boolean {
    return cp.accessCodeIssuedAt !== null;
  }
}

@Resolver(() => Meeting)
export class MeetingConnectionPointsResolver {
  @FieldResolver(() => [ConnectionPoint], { description: 'The host point first, then the sites by name' })
  async connectionPoints(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<ConnectionPoint[]> {
    return ctx.loaders.connectionPointsOf(meeting.id);
  }
}
