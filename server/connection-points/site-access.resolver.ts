import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Context } from '../graphql/context';
import { Meeting } from '../meetings/meeting.entity';
import { ConnectionPoint } from './connection-point.entity';
import { typedCode } from './site-access.service';

@ObjectType({ description: 'A newly issued site access code: the code is shown here, once, and never again' })
export class SiteAccessCode {
  @Field({ description: 'Give it to the site; case, spaces and dashes do not matter when typed' })
  code!: string;

  @Field(() => ConnectionPoint)
  connectionPoint!: ConnectionPoint;

  @Field()
  issuedAt!: Date;
}

@ObjectType({ description: "A site's session: its token acts for one connection point of one meeting" })
export class SiteSession {
  @Field()
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => ConnectionPoint)
  connectionPoint!: ConnectionPoint;

  @Field(() => Meeting)
  meeting!: Meeting;
}

@Resolver()
export class SiteAccessResolver {
  @Mutation(() => SiteAccessCode, {
    description:
      'Hosts: issues a new access code for a connection point; the previous code and its tokens stop working',
  })
  async issueSiteAccessCode(
    @Arg('connectionPointId', () => ID) connectionPointId: string,
    @Ctx() ctx: Context,
  ): Promise<SiteAccessCode> {
    return Object.assign(
      new SiteAccessCode(),
      await ctx.services.siteAccess.issue(ctx.actor, connectionPointId),
    );
  }

  @Mutation(() => ConnectionPoint, {
    description: "Hosts: revokes a connection point's code and its site tokens",
  })
  revokeSiteAccessCode(
    @Arg('connectionPointId', () => ID) connectionPointId: string,
    @Ctx() ctx: Context,
  ): Promise<ConnectionPoint> {
    return ctx.services.siteAccess.revoke(ctx.actor, connectionPointId);
  }

  @Mutation(() => SiteSession, {
    description:
      "A unit's standing site account (SITE_OPERATOR): joins a meeting where its unit is a connection point, with no code",
  })
  async joinMeeting(
    @Arg('meetingId', () => ID) meetingId: string,
    @Ctx() ctx: Context,
  ): Promise<SiteSession> {
    return Object.assign(new SiteSession(), await ctx.services.siteAccess.joinMeeting(ctx.actor, meetingId));
  }

  @Mutation(() => SiteSession, { description: 'Public: exchanges a site access code for a site token' })
  async joinSite(@Arg('code') code: string, @Ctx() ctx: Context): Promise<SiteSession> {
    const session = await ctx.rateLimiter.signIn.attempt(typedCode(code), ctx.ip, () =>
      ctx.services.siteAccess.join(code),
    );
    return Object.assign(new SiteSession(), session);
  }
}
