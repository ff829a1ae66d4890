import { Field, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity';
import type { PasswordReset } from './user.service';

@ObjectType({ description: 'A password set by an administrator: shown once; the user changes it' })
export class PasswordResetResult implements PasswordReset {
  @Field(() => User)
  user!: User;

  @Field()
  temporaryPassword!: string;
}
