import { Field, ID, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { RequiredText } from '../common/validation';
import { UnitLevel } from './unit.entity';

@InputType()
export class CreateUnitInput {
  @Field()
  @RequiredText(255)
  name!: string;

  @Field(() => UnitLevel)
  level!: UnitLevel;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  parentId?: string | null;
}
