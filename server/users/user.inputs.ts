import { Field, ID, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { OptionalText } from '../common/validation';
import { Role } from '../auth/user.entity';
import type { UserEdit, UserQuery } from './user.service';

@InputType()
export class UserFilter implements UserQuery {
  @Field(() => String, { nullable: true, description: 'Part of the username or the name shown' })
  @IsOptional()
  @OptionalText(255)
  search?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => Boolean, { nullable: true })
  disabled?: boolean | null;
}

@InputType({ description: 'Only the given fields change; null takes the unit away' })
export class UpdateUserInput implements UserEdit {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(255)
  displayName?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false enables a disabled account again' })
  disabled?: boolean | null;
}
