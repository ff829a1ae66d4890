import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { LIST_CAPS } from '../common/list-caps';
import { OptionalText, RequiredText } from '../common/validation';
import { DirectiveStatus } from './directive.entity';
import type {
  DirectiveEdit,
  DirectiveProgressReport,
  DirectiveQuery,
  NewDirective,
} from './directive.service';

/** Tasks and notes are stored as TEXT: 65,535 bytes, up to 4 per character in utf8mb4. */
const TEXT_MAX = 4000;

@InputType()
export class AddDirectiveInput implements NewDirective {
  @Field(() => ID, { nullable: true, description: 'The meeting whose conclusion gets the directive' })
  @IsOptional()
  meetingId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Or the conclusion itself' })
  @IsOptional()
  conclusionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit it is given to …' })
  @IsOptional()
  assigneeUnitId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: '… or several units: one directive each (one group), each with its own progress',
  })
  @IsOptional()
  @ArrayMaxSize(LIST_CAPS.directivesPerConclusion)
  assigneeUnitIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A person of the unit it is given to' })
  @IsOptional()
  @OptionalText(255)
  assigneePerson?: string | null;

  @Field()
  @RequiredText(TEXT_MAX)
  task!: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  deadline?: Date | null;

  @Field(() => ID, { nullable: true, description: 'The agenda item it came from' })
  @IsOptional()
  sourceAgendaItemId?: string | null;
}

/** Absent fields stay as they are; a null deadline or source clears it. */
@InputType()
export class UpdateDirectiveInput implements DirectiveEdit {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  assigneeUnitId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(TEXT_MAX)
  task?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  deadline?: Date | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  sourceAgendaItemId?: string | null;
}

@InputType()
export class ReportDirectiveProgressInput implements DirectiveProgressReport {
  @Field(() => ID)
  directiveId!: string;

  @Field(() => DirectiveStatus, { description: 'OPEN → IN_PROGRESS → DONE; never back' })
  status!: DirectiveStatus;

  @Field()
  @RequiredText(TEXT_MAX)
  note!: string;
}

@InputType()
export class DirectiveFilter implements DirectiveQuery {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  assigneeUnitId?: string | null;

  @Field(() => [DirectiveStatus], { nullable: true })
  @IsOptional()
  status?: DirectiveStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Not DONE and past the deadline, now' })
  @IsOptional()
  overdue?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Not DONE and the deadline within DIRECTIVE_DUE_SOON_HOURS from now',
  })
  @IsOptional()
  dueSoon?: boolean | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  meetingId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Of the meetings this unit organizes' })
  @IsOptional()
  organizerId?: string | null;

  @Field(() => Date, { nullable: true, description: 'With a deadline before this time' })
  @IsOptional()
  dueBefore?: Date | null;
}
