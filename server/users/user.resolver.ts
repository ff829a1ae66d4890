import { Arg, Ctx, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Context } from '../graphql/context';
import { Connection } from '../graphql/connection';
import { User } from '../auth/user.entity';
import { UpdateUserInput, UserFilter } from './user.inputs';
import { PasswordResetResult } from './user.types';

@ObjectType()
export class UserConnection extends Connection(User) {}

@Resolver(() => User)
export class UserAdminResolver {
  @Query(() => UserConnection, { description: 'ADMIN: the user accounts, by username' })
  users(
    @Arg('filter', () => UserFilter, { nullable: true }) filter: UserFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: 20 by default, at most 100' })
    first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<UserConnection> {
    return ctx.services.users.list(ctx.actor, filter, { first, after });
  }

  @Mutation(() => User, { description: 'ADMIN: changes an account (audited)' })
  updateUser(@Arg('input') input: UpdateUserInput, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.users.update(ctx.actor, input);
  }

  @Mutation(() => User, { description: 'ADMIN: the account no longer signs in; its tokens stop working' })
  disableUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.users.disable(ctx.actor, id);
  }

  @Mutation(() => PasswordResetResult, {
    description: 'ADMIN: a new password, returned once; the account’s earlier tokens stop working',
  })
  async resetPassword(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PasswordResetResult> {
    return Object.assign(new PasswordResetResult(), await ctx.services.users.resetPassword(ctx.actor, id));
  }
}
