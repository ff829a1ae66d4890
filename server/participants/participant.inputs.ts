import { Field, ID, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { OptionalText, RequiredText } from '../common/validation';
import { ParticipantRole } from './participant.entity';
import type { NewParticipant, ParticipantEdit } from './participant.service';

@InputType()
export class AddParticipantInput implements NewParticipant {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID, { description: 'Where the participant sits; a connection point of this meeting' })
  connectionPointId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  unitId?: string | null;

  @Field()
  @RequiredText(255)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Viện trưởng, Trưởng phòng, Kiểm sát viên …' })
  @IsOptional()
  @OptionalText(255)
  position?: string | null;

  @Field(() => ParticipantRole, { defaultValue: ParticipantRole.DELEGATE })
  role!: ParticipantRole;
}

@InputType({ description: 'Only the given fields change; null clears unitId and position' })
export class UpdateParticipantInput implements ParticipantEdit {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  connectionPointId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  unitId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(255)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(255)
  position?: string | null;

  @Field(() => ParticipantRole, { nullable: true })
  role?: ParticipantRole | null;
}
