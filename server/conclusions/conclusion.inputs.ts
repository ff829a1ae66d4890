import { Field, ID, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { RequiredText } from '../common/validation';

/** Longest conclusion text: a MySQL TEXT holds 65,535 bytes, up to 4 per character in utf8mb4. */
export const CONCLUSION_MAX = 16_000;

@InputType()
export class DraftConclusionInput {
  @Field(() => ID)
  meetingId!: string;

  @Field()
  @RequiredText(CONCLUSION_MAX)
  text!: string;

  @Field(() => ID, { nullable: true, description: 'The participant who concludes (usually the chair)' })
  @IsOptional()
  concludedById?: string | null;
}
