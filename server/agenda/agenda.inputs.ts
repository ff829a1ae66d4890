import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { LIST_CAPS } from '../common/list-caps';
import { OptionalText, RequiredText, limit } from '../common/validation';
import { AgendaItemKind } from './agenda-item.entity';
import type { AgendaItemEdit, NewAgendaItem } from './agenda.service';

/** The planned length of an item, in minutes: a whole day at most. */
const PlannedMinutes = (): PropertyDecorator => (target, key) => {
  IsOptional()(target, key);
  IsInt()(target, key);
  Min(1, limit(1))(target, key);
  Max(600, limit(600))(target, key);
};

/** Names or links of documents sent ahead: each one not blank. */
const Documents = (): PropertyDecorator => (target, key) => {
  IsOptional()(target, key);
  ArrayMaxSize(50, limit(50))(target, key);
  Matches(/\S/, { each: true })(target, key);
  MaxLength(500, { each: true, ...limit(500) })(target, key);
};

/** Files uploaded by the caller (POST /files) to attach to an item. */
const FileIds = (): PropertyDecorator => (target, key) => {
  IsOptional()(target, key);
  ArrayMaxSize(LIST_CAPS.filesPerAgendaItem, limit(LIST_CAPS.filesPerAgendaItem))(target, key);
};

/** A link to the video of a VIDEO_REPORT item (checked as an http(s) URL by the service). */
const VideoUrl = (): PropertyDecorator => (target, key) => {
  IsOptional()(target, key);
  MaxLength(2000, limit(2000))(target, key);
};

/** What a new item says, in a meeting or in a series' template. */
@InputType()
export abstract class NewAgendaItemFields {
  @Field()
  @RequiredText(500)
  title!: string;

  @Field(() => AgendaItemKind)
  kind!: AgendaItemKind;

  @Field(() => Int, { nullable: true })
  @PlannedMinutes()
  plannedMinutes?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(10000)
  notes?: string | null;

  @Field(() => [String], { nullable: true })
  @Documents()
  documents?: string[] | null;
}

@InputType()
export class AddAgendaItemInput extends NewAgendaItemFields implements NewAgendaItem {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID, { nullable: true, description: 'A participant of the meeting' })
  @IsOptional()
  presenterId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Where to insert it, 1..n+1; last by default' })
  @IsOptional()
  position?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Files uploaded by the caller (POST /files) to attach' })
  @FileIds()
  fileIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The video shown (VIDEO_REPORT): an http(s) link' })
  @VideoUrl()
  videoUrl?: string | null;
}

/** Fields left out stay as they are; null clears the optional ones. */
@InputType()
export class UpdateAgendaItemInput implements AgendaItemEdit {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(500)
  title?: string | null;

  @Field(() => AgendaItemKind, { nullable: true })
  kind?: AgendaItemKind | null;

  @Field(() => Int, { nullable: true })
  @PlannedMinutes()
  plannedMinutes?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  presenterId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(10000)
  notes?: string | null;

  @Field(() => [String], { nullable: true })
  @Documents()
  documents?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'The files of the item, uploaded by the caller: they replace the earlier ones ([] removes them)',
  })
  @FileIds()
  fileIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The video shown (VIDEO_REPORT): an http(s) link' })
  @VideoUrl()
  videoUrl?: string | null;
}
