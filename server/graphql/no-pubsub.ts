import type { PubSub } from 'type-graphql';

/**
 * type-graphql wants a PubSub as soon as the schema has a subscription, but ours all bring their own
 * `subscribe` (fed by the EventBus): this one refuses the topic-based kind, so none slips in.
 */
export const noPubSub: PubSub = {
  publish() {
    throw new Error('Publish on the EventBus, not through type-graphql');
  },
  subscribe() {
    throw new Error('Subscriptions must give their own `subscribe` function (see server/live)');
  },
};
