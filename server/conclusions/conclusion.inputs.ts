import { Field, ID, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { RequiredText } from '../common/validation';
import { CONCLUSION_MAX } from './conclusion.entity';
import type { ConclusionDraft } from './conclusion.service';

@InputType()
export class DraftConclusionInput implements ConclusionDraft {
  @Field(() => ID)
  meetingId!: string;

  @Field()
  @RequiredText(CONCLUSION_MAX)
  text!: string;

  @Field(() => ID, { nullable: true, description: 'The participant who concludes (usually the chair)' })
  @IsOptional()
  concludedById?: string | null;
}
