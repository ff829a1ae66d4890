import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { OptionalText, limit } from '../common/validation';
import { ConnectionPointRole } from './connection-point.entity';
import type {
  ConnectionPointDetails,
  ConnectionPointEdit,
  NewConnectionPoint,
} from './connection-point.service';

/** The fields a host sets on a connection point; on update every one is optional (null clears). */
@InputType()
abstract class ConnectionPointFields implements ConnectionPointDetails {
  @Field(() => String, { nullable: true, description: "Defaults to the unit's name (null resets it)" })
  @IsOptional()
  @OptionalText(255)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Room or address' })
  @IsOptional()
  @OptionalText(255)
  location?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(255)
  operatorName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(64)
  operatorContact?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(255)
  presidingName?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, limit(0))
  @Max(100_000, limit(100_000))
  expectedAttendance?: number | null;
}

@InputType()
export class AddConnectionPointInput extends ConnectionPointFields implements NewConnectionPoint {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => ConnectionPointRole, { defaultValue: ConnectionPointRole.SITE })
  role!: ConnectionPointRole;
}

@InputType()
export class UpdateConnectionPointInput extends ConnectionPointFields implements ConnectionPointEdit {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => ConnectionPointRole, { nullable: true })
  role?: ConnectionPointRole | null;
}
