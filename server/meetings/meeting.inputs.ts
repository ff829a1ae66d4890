import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsDefined, IsOptional, MaxLength, ValidateIf } from 'class-validator';
import { OptionalText, RequiredText, limit } from '../common/validation';
import { MeetingFormat, MeetingKind, MeetingStatus } from './meeting.entity';
import { HOSTS_MAX, MeetingEdit, MeetingQuery, NewMeeting } from './meeting.service';

export const TITLE_MAX = 500;
export const PLAN_REFERENCE_MAX = 500;
export const DESCRIPTION_MAX = 10000;

/** Validates a field of an update only when it is sent: absent means "leave as is". */
const IfSent = () => ValidateIf((_input: object, value: unknown) => value !== undefined);

/** The optional details that creating and updating a meeting share. */
@InputType()
abstract class MeetingDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(PLAN_REFERENCE_MAX)
  planReference?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(DESCRIPTION_MAX)
  description?: string | null;

  @Field(() => ID, { nullable: true })
  organizerId?: string | null;

  @Field(() => ID, { nullable: true })
  hostUnitId?: string | null;

  @Field(() => Date, { nullable: true })
  scheduledStart?: Date | null;

  @Field(() => Date, { nullable: true })
  scheduledEnd?: Date | null;
}

@InputType()
export class CreateMeetingInput extends MeetingDetailsInput implements NewMeeting {
  @Field()
  @RequiredText(TITLE_MAX)
  title!: string;

  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field(() => MeetingFormat)
  format!: MeetingFormat;

  @Field(() => [ID], {
    nullable: true,
    description: 'Users (HOST or ADMIN) who host the meeting; a HOST creating it is always one of them',
  })
  @IsOptional()
  @ArrayMaxSize(HOSTS_MAX, limit(HOSTS_MAX))
  hostUserIds?: string[] | null;
}

@InputType({ description: 'Only the fields sent change; null clears an optional one' })
export class UpdateMeetingInput extends MeetingDetailsInput implements MeetingEdit {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version the client read; a stale one is CONFLICT' })
  version!: number;

  @Field(() => String, { nullable: true })
  @IfSent()
  @RequiredText(TITLE_MAX)
  title?: string | null;

  @Field(() => MeetingKind, { nullable: true })
  @IfSent()
  @IsDefined()
  kind?: MeetingKind | null;

  @Field(() => MeetingFormat, { nullable: true })
  @IfSent()
  @IsDefined()
  format?: MeetingFormat | null;
}

@InputType()
export class MeetingFilter implements MeetingQuery {
  @Field(() => [MeetingStatus], { nullable: true })
  status?: MeetingStatus[] | null;

  @Field(() => [MeetingKind], { nullable: true })
  kind?: MeetingKind[] | null;

  @Field(() => MeetingFormat, { nullable: true })
  format?: MeetingFormat | null;

  @Field(() => ID, { nullable: true })
  organizerId?: string | null;

  @Field(() => ID, { nullable: true })
  hostUnitId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Scheduled to start at or after this time' })
  scheduledFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Scheduled to start at or before this time' })
  scheduledTo?: Date | null;

  @Field(() => String, { nullable: true, description: 'Words the title contains' })
  @IsOptional()
  @MaxLength(200, limit(200))
  search?: string | null;
}
