import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ErrorReason } from '../common/error-reason';
import { en } from '../i18n/errors.en';

registerEnumType(ErrorReason, {
  name: 'ErrorReason',
  description:
    'Why a CONFLICT or a BAD_USER_INPUT was raised (`extensions.reason`): stable, unlike messages, which follow Accept-Language',
  // Each value is described by its English message, {{placeholders}} included.
  valuesConfig: Object.fromEntries(
    Object.entries(en).map(([reason, message]) => [reason, { description: message }]),
  ),
});

/**
 * What an error's `extensions` hold. Never returned by a field: it is in the schema so that typed
 * clients (the SDK's generated types) know `ErrorReason`.
 */
@ObjectType({ description: "What an error's `extensions` hold (errors are not queried; this types them)" })
export class ErrorExtensions {
  @Field({ description: 'BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED …' })
  code!: string;

  @Field(() => ErrorReason, { nullable: true, description: 'Set on every CONFLICT and BAD_USER_INPUT' })
  reason?: ErrorReason;

  @Field(() => String, {
    nullable: true,
    description: "The bad input's path, e.g. input.title (BAD_USER_INPUT)",
  })
  field?: string;
}
