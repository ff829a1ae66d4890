import { Field, ID, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { OptionalText, RequiredText } from '../common/validation';
import { UnitLevel } from './unit.entity';
import type { NewUnit } from './unit.service';

@InputType()
export class CreateUnitInput implements NewUnit {
  @Field()
  @RequiredText(255)
  name!: string;

  @Field(() => UnitLevel)
  level!: UnitLevel;

  @Field(() => String, {
    nullable: true,
    description:
      'The name in full, when expanding the short name does not give it ("Viện kiểm sát nhân dân …")',
  })
  @IsOptional()
  @OptionalText(255)
  fullName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where its documents are issued, when its name does not say it',
  })
  @IsOptional()
  @OptionalText(100)
  placeName?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  parentId?: string | null;
}
