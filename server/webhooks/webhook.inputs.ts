import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { RequiredText } from '../common/validation';
import { MeetingEventType } from '../events/event-type';
import type { NewWebhook } from './webhook.service';

@InputType()
export class CreateWebhookInput implements NewWebhook {
  @Field({ description: 'https:// (private and loopback addresses refused)' })
  @RequiredText(2048)
  url!: string;

  @Field(() => ID, { nullable: true, description: "This meeting's events (its hosts, or ADMIN)" })
  @IsOptional()
  meetingId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Or those of every meeting this unit organizes (ADMIN)' })
  @IsOptional()
  organizerUnitId?: string | null;

  @Field(() => [MeetingEventType], { nullable: true, description: 'Only these types (none: every event)' })
  @IsOptional()
  @ArrayMaxSize(Object.keys(MeetingEventType).length)
  eventTypes?: MeetingEventType[] | null;

  @Field({
    description: 'Signs the deliveries: whsec_ and the base64 of 24 to 64 random bytes; never shown again',
  })
  @RequiredText(128)
  secret!: string;
}
