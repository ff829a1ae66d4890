import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { OptionalText, RequiredText, limit } from '../common/validation';
import { SpeechKind } from './speech.entity';
import type { Question, SpeechEdit, SpeechRequest } from './speech.service';

/** A time limit given instead of the kind's default: up to two hours. */
const TimeLimit = (): PropertyDecorator => (target, key) => {
  IsOptional()(target, key);
  IsInt()(target, key);
  Min(1, limit(1))(target, key);
  Max(7200, limit(7200))(target, key);
};

/** Who speaks and on what: set when a hand is raised, corrected afterwards (null clears). */
@InputType()
abstract class SpeakerFields {
  @Field(() => ID, { nullable: true, description: 'The speaker, a participant seated at the speech’s site' })
  @IsOptional()
  participantId?: string | null;

  @Field(() => String, { nullable: true, description: 'The speaker as announced, when not a participant' })
  @IsOptional()
  @OptionalText(255)
  speakerName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(500)
  topic?: string | null;
}

@InputType()
export class RequestToSpeakInput extends SpeakerFields implements SpeechRequest {
  @Field(() => ID)
  agendaItemId!: string;

  @Field(() => ID, { description: 'The site the speaker speaks from; a site token may name only its own' })
  connectionPointId!: string;

  @Field(() => SpeechKind, { nullable: true, description: 'COMMENT by default' })
  kind?: SpeechKind | null;

  @Field(() => Int, { nullable: true, description: "Seconds; the kind's default when left out" })
  @TimeLimit()
  timeLimitSeconds?: number | null;
}

@InputType()
export class AskQuestionInput implements Question {
  @Field(() => ID, { description: 'The active agenda item' })
  agendaItemId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The questioned unit’s connection point: it must explain (or give unitId)',
  })
  connectionPointId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The questioned unit, instead of connectionPointId: one with a connection point, or a department of the host unit (it explains from the host point)',
  })
  unitId?: string | null;

  @Field()
  @RequiredText(500)
  question!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Who asks: a participant, usually a leader at the host point',
  })
  @IsOptional()
  askedById?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Who explains: a participant seated where the questioned unit is',
  })
  @IsOptional()
  explainerId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Seconds for the explanation; the kind's default when left out",
  })
  @TimeLimit()
  timeLimitSeconds?: number | null;
}

@InputType({ description: 'Only the given fields change; null clears participantId, speakerName and topic' })
export class UpdateSpeechInput extends SpeakerFields implements SpeechEdit {
  @Field(() => ID)
  id!: string;

  @Field(() => SpeechKind, { nullable: true, description: 'Not to or from QUESTION and EXPLANATION' })
  kind?: SpeechKind | null;
}
