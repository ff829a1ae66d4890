import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../graphql/context';
import { Webhook, WebhookStream } from './webhook.entity';
import { CreateWebhookInput } from './webhook.inputs';

@Resolver(() => Webhook)
export class WebhookResolver {
  @Mutation(() => Webhook, {
    description:
      "A meeting's hosts or ADMIN: POST each event of the log, signed (Standard Webhooks), to `url`",
  })
  createWebhook(@Arg('input') input: CreateWebhookInput, @Ctx() ctx: Context): Promise<Webhook> {
    return ctx.services.webhooks.create(ctx.actor, input);
  }

  @Query(() => [Webhook], { description: 'ADMIN: every webhook; a host: those they registered' })
  webhooks(@Ctx() ctx: Context): Promise<Webhook[]> {
    return ctx.services.webhooks.list(ctx.actor);
  }

  @Mutation(() => Webhook, { description: 'Stops the deliveries and forgets the webhook; returns it' })
  deleteWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Webhook> {
    return ctx.services.webhooks.delete(ctx.actor, id);
  }

  @Mutation(() => WebhookStream, {
    description: 'Delivers event `seq` again, then the ones after it (`meetingId`: for an organizer unit)',
  })
  redeliverWebhookEvent(
    @Arg('webhookId', () => ID) webhookId: string,
    @Arg('seq', () => Int) seq: number,
    @Arg('meetingId', () => ID, { nullable: true }) meetingId: string | null,
    @Ctx() ctx: Context,
  ): Promise<WebhookStream> {
    return ctx.services.webhooks.redeliver(ctx.actor, webhookId, seq, meetingId);
  }

  @FieldResolver(() => [WebhookStream], { description: 'Per meeting, most recently active first' })
  deliveries(@Root() webhook: Webhook, @Ctx() ctx: Context): Promise<WebhookStream[]> {
    return ctx.loaders.webhookDeliveries.load(webhook.id);
  }
}
