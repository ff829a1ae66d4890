import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, ValidateNested } from 'class-validator';
import { OptionalText, RequiredText } from '../common/validation';
import { CONCLUSION_MAX, NOTICE_PLACE_MAX, SIGNER_TEXT_MAX } from './conclusion.entity';
import type { ConclusionDraft } from './conclusion.service';
import type { NoticeDetails, NoticeSigner } from './notice-details';

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

@InputType({ description: 'Who signs the notice' })
export class NoticeSignerInput implements NoticeSigner {
  @Field(() => String, {
    nullable: true,
    description:
      'For whom, above the title: "KT. VIỆN TRƯỞNG", "TL. …", "TM. …"; or "Q." (acting); none in one\'s own name',
  })
  @IsOptional()
  @OptionalText(SIGNER_TEXT_MAX)
  authority?: string | null;

  @Field({ description: 'E.g. "Phó Viện trưởng" (written in capitals on the notice)' })
  @RequiredText(SIGNER_TEXT_MAX)
  title!: string;

  @Field({ description: 'Full name' })
  @RequiredText(SIGNER_TEXT_MAX)
  name!: string;
}

@InputType({ description: 'What the notice bears besides its number; what is left out is defaulted' })
export class NoticeDetailsInput implements NoticeDetails {
  @Field(() => Date, { nullable: true, description: 'The signing date; the moment of publishing without it' })
  @IsOptional()
  signedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "The place of issue; the issuer's without it" })
  @IsOptional()
  @OptionalText(NOTICE_PLACE_MAX)
  place?: string | null;

  @Field(() => NoticeSignerInput, { nullable: true, description: 'Required to publish' })
  @IsOptional()
  @ValidateNested()
  signer?: NoticeSignerInput | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Nơi nhận, one recipient a line (e.g. "Như trên", "VKSND tối cao (để báo cáo)", "Lưu: VT, VP"); the usual list without it',
  })
  @IsOptional()
  recipients?: string[] | null;
}
