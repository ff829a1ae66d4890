import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AgendaItemKind } from '../agenda/agenda-item.entity';
import { ConnectionPointRole } from '../connection-points/connection-point.entity';
import { ParticipantRole } from '../participants/participant.entity';
import type { StandingParticipant, StandingPoint, TemplateAgendaItem } from './meeting-template';

/** The GraphQL views of a series' template (meeting-template.ts). */

@ObjectType('StandingConnectionPoint', { description: 'A connection point every meeting of the series has' })
export class StandingConnectionPointObject implements StandingPoint {
  @Field(() => ID)
  unitId!: string;

  @Field(() => ConnectionPointRole)
  role!: ConnectionPointRole;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => String, { nullable: true })
  operatorName!: string | null;

  @Field(() => String, { nullable: true })
  operatorContact!: string | null;

  @Field(() => String, { nullable: true })
  presidingName!: string | null;

  @Field(() => Int)
  expectedAttendance!: number;
}

@ObjectType('StandingParticipant', { description: 'A participant every meeting of the series has' })
export class StandingParticipantObject implements StandingParticipant {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  position!: string | null;

  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field(() => ParticipantRole)
  role!: ParticipantRole;

  @Field(() => ID, { description: 'The unit of the standing connection point where they sit' })
  pointUnitId!: string;
}

@ObjectType('TemplateAgendaItem')
export class TemplateAgendaItemObject implements TemplateAgendaItem {
  @Field()
  title!: string;

  @Field(() => AgendaItemKind)
  kind!: AgendaItemKind;

  @Field(() => Int, { nullable: true })
  plannedMinutes!: number | null;

  @Field(() => String, { nullable: true, description: 'The name of a standing participant' })
  presenter!: string | null;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => [String])
  documents!: string[];
}
