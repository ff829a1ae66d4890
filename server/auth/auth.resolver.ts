import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { IsOptional, MinLength } from 'class-validator';
import { Context } from '../graphql/context';
import { Loaded, loadOptional } from '../graphql/loaders';
import { OptionalText, RequiredText, limit } from '../common/validation';
import { requireActor } from '../access/access';
import { Unit } from '../units/unit.entity';
import { Role, User } from './user.entity';
import { PASSWORD_MIN } from './auth.service';

@ObjectType()
export class AuthPayload {
  @Field()
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@InputType()
export class CreateUserInput {
  @Field()
  @RequiredText(64)
  username!: string;

  @Field()
  @MinLength(PASSWORD_MIN, limit(PASSWORD_MIN))
  @RequiredText(256)
  password!: string;

  @Field(() => Role)
  role!: Role;

  @Field()
  @RequiredText(255)
  displayName!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @OptionalText(36)
  unitId?: string | null;
}

@ObjectType({ description: 'The caller as the server sees it' })
export class Viewer {
  @Field()
  kind!: string;

  @Field(() => Role)
  role!: Role;

  @Field()
  name!: string;

  @Field(() => ID, { nullable: true })
  userId?: string | null;

  @Field(() => ID, { nullable: true })
  connectionPointId?: string | null;

  @Field(() => ID, { nullable: true })
  meetingId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Signs in; the token goes in `Authorization: Bearer <token>`' })
  async login(
    @Arg('username') username: string,
    @Arg('password') password: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    const signedIn = await ctx.rateLimiter.signIn.attempt(username, ctx.ip, () =>
      ctx.services.auth.login(username, password, ctx.ip),
    );
    return Object.assign(new AuthPayload(), signedIn);
  }

  @Mutation(() => User, { description: 'ADMIN: creates a user account' })
  async createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.auth.createUser(ctx.actor, input);
  }

  @Mutation(() => Boolean, { description: "Changes the signed-in user's password, given the current one" })
  async changePassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.auth.changePassword(ctx.actor, currentPassword, newPassword);
    return true;
  }

  @Query(() => Viewer, { description: 'Who the token belongs to' })
  me(@Ctx() ctx: Context): Viewer {
    const a = requireActor(ctx.actor);
    return Object.assign(new Viewer(), {
      kind: a.kind,
      role: a.role,
      name: a.name,
      userId: a.kind === 'user' ? a.userId : null,
      connectionPointId: a.kind === 'site' ? a.connectionPointId : null,
      meetingId: a.kind === 'site' ? a.meetingId : null,
      unitId: a.unitId,
    });
  }

  @Query(() => Date, { description: "The server's clock, for screens that run a speech timer" })
  serverTime(@Ctx() ctx: Context): Date {
    return ctx.services.clock.now();
  }
}

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Unit, {
    nullable: true,
    description: 'The unit the user belongs to: what it sees is decided by it (none: only what it hosts)',
  })
  unit(@Root() user: User, @Ctx() ctx: Context): Loaded<Unit | null> {
    return loadOptional(ctx.loaders.unitById, user.unitId);
  }
}
