import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsDefined, IsOptional, ValidateIf, ValidateNested } from 'class-validator';
import { NewAgendaItemFields } from '../agenda/agenda.inputs';
import { LIST_CAPS } from '../common/list-caps';
import { OptionalText, RequiredText } from '../common/validation';
import { ConnectionPointFields } from '../connection-points/connection-point.inputs';
import { ConnectionPointRole } from '../connection-points/connection-point.entity';
import { MeetingFormat, MeetingKind } from '../meetings/meeting.entity';
import { PLAN_REFERENCE_MAX, TITLE_MAX } from '../meetings/meeting.inputs';
import { HOSTS_MAX } from '../meetings/meeting.service';
import { ParticipantRole } from '../participants/participant.entity';
import { SeriesCadence } from './meeting-series.entity';
import type { TemplateDraft } from './meeting-template';
import type { MeetingCopy, NewSeries, NextMeeting, SeriesEdit } from './series.service';

const IfSent = () => ValidateIf((_input: object, value: unknown) => value !== undefined);

@InputType({ description: 'A connection point every meeting of the series has' })
export class StandingConnectionPointInput extends ConnectionPointFields {
  @Field(() => ID)
  unitId!: string;

  @Field(() => ConnectionPointRole)
  role!: ConnectionPointRole;
}

@InputType({ description: 'A participant every meeting of the series has' })
export class StandingParticipantInput {
  @Field()
  @RequiredText(255)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(255)
  position?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => ParticipantRole)
  role!: ParticipantRole;

  @Field(() => ID, { description: 'The unit of the standing connection point where they sit' })
  pointUnitId!: string;
}

@InputType()
export class TemplateAgendaItemInput extends NewAgendaItemFields {
  @Field(() => String, { nullable: true, description: 'The name of a standing participant' })
  @IsOptional()
  @OptionalText(255)
  presenter?: string | null;
}

@InputType({ description: 'What every meeting of the series starts with' })
export class MeetingTemplateInput implements TemplateDraft {
  @Field(() => [StandingConnectionPointInput])
  @ArrayMaxSize(LIST_CAPS.connectionPointsPerMeeting)
  @ValidateNested({ each: true })
  connectionPoints!: StandingConnectionPointInput[];

  @Field(() => [StandingParticipantInput])
  @ArrayMaxSize(LIST_CAPS.participantsPerMeeting)
  @ValidateNested({ each: true })
  participants!: StandingParticipantInput[];

  @Field(() => [TemplateAgendaItemInput])
  @ArrayMaxSize(LIST_CAPS.agendaItemsPerMeeting)
  @ValidateNested({ each: true })
  agenda!: TemplateAgendaItemInput[];
}

/** What creating and updating a series share. */
@InputType()
abstract class SeriesDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(PLAN_REFERENCE_MAX)
  planReference?: string | null;

  @Field(() => ID, { nullable: true })
  hostUnitId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Who hosts every meeting of the series (HOST or ADMIN)' })
  @IsOptional()
  @ArrayMaxSize(HOSTS_MAX, { message: `must name at most ${HOSTS_MAX} hosts` })
  hostUserIds?: string[] | null;

  @Field(() => MeetingTemplateInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  template?: MeetingTemplateInput | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Take the template from this meeting (on creation it becomes the first meeting of the series)',
  })
  fromMeetingId?: string | null;
}

@InputType()
export class CreateMeetingSeriesInput extends SeriesDetailsInput implements NewSeries {
  @Field()
  @RequiredText(TITLE_MAX)
  title!: string;

  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field(() => MeetingFormat)
  format!: MeetingFormat;

  @Field(() => SeriesCadence)
  cadence!: SeriesCadence;

  @Field(() => ID)
  organizerId!: string;
}

@InputType({ description: 'Only the fields sent change' })
export class UpdateMeetingSeriesInput extends SeriesDetailsInput implements SeriesEdit {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version the client read; a stale one is CONFLICT' })
  version!: number;

  @Field(() => String, { nullable: true })
  @IfSent()
  @RequiredText(TITLE_MAX)
  title?: string;

  @Field(() => MeetingKind, { nullable: true })
  @IfSent()
  @IsDefined({ message: 'cannot be cleared' })
  kind?: MeetingKind;

  @Field(() => MeetingFormat, { nullable: true })
  @IfSent()
  @IsDefined({ message: 'cannot be cleared' })
  format?: MeetingFormat;

  @Field(() => SeriesCadence, { nullable: true })
  @IfSent()
  @IsDefined({ message: 'cannot be cleared' })
  cadence?: SeriesCadence;
}

@InputType()
export class CreateMeetingFromSeriesInput implements NextMeeting {
  @Field(() => ID)
  seriesId!: string;

  @Field()
  scheduledStart!: Date;

  @Field(() => Date, { nullable: true })
  scheduledEnd?: Date | null;

  @Field(() => String, { nullable: true, description: "Defaults to the series' title with the date" })
  @IsOptional()
  @OptionalText(TITLE_MAX)
  title?: string | null;
}

@InputType()
export class CopyMeetingInput implements MeetingCopy {
  @Field(() => ID, { description: 'The meeting to copy: its points, participants, agenda and series' })
  meetingId!: string;

  @Field()
  scheduledStart!: Date;

  @Field(() => Date, { nullable: true })
  scheduledEnd?: Date | null;

  @Field(() => String, { nullable: true, description: "Defaults to the copied meeting's title" })
  @IsOptional()
  @OptionalText(TITLE_MAX)
  title?: string | null;
}
