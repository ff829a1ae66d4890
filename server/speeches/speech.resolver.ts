import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Context } from '../graphql/context';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { ConnectionPoint } from '../connection-points/connection-point.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Participant } from '../participants/participant.entity';
import { Speech } from './speech.entity';
import { AskQuestionInput, RequestToSpeakInput, UpdateSpeechInput } from './speech.inputs';
import { Unit } from '../units/unit.entity';
import { Loaded, loadOptional } from '../graphql/loaders';
import { elapsedSeconds } from './speech-rules';

@Resolver(() => Speech)
export class SpeechResolver {
  @Mutation(() => Speech, {
    description: 'A site raises a hand for its own connection point (a host, for any)',
  })
  requestToSpeak(@Arg('input') input: RequestToSpeakInput, @Ctx() ctx: Context): Promise<Speech> {
    return ctx.services.speeches.request(ctx.actor, input);
  }

  @Mutation(() => Speech)
  withdrawSpeech(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Speech> {
    return ctx.services.speeches.withdraw(ctx.actor, id);
  }

  @Mutation(() => Speech, { description: 'Queues a request at `position` (1..n+1), last by default' })
  approveSpeech(
    @Arg('id', () => ID) id: string,
    @Arg('position', () => Int, { nullable: true }) position: number | null,
    @Ctx() ctx: Context,
  ): Promise<Speech> {
    return ctx.services.speeches.approve(ctx.actor, id, position);
  }

  @Mutation(() => Speech)
  rejectSpeech(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<Speech> {
    return ctx.services.speeches.reject(ctx.actor, id, reason);
  }

  @Mutation(() => [Speech], { description: 'Moves a queued speech to `position` (1..n); returns the queue' })
  moveSpeech(
    @Arg('id', () => ID) id: string,
    @Arg('position', () => Int) position: number,
    @Ctx() ctx: Context,
  ): Promise<Speech[]> {
    return ctx.services.speeches.move(ctx.actor, id, position);
  }

  @Mutation(() => Speech, { description: 'Refused while another speech is on: end that first' })
  startSpeech(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Speech> {
    return ctx.services.speeches.start(ctx.actor, id);
  }

  @Mutation(() => Speech)
  endSpeech(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Speech> {
    return ctx.services.speeches.end(ctx.actor, id);
  }

  @Mutation(() => Speech, { description: 'Adds 1..3600 seconds to the time limit' })
  extendSpeech(
    @Arg('id', () => ID) id: string,
    @Arg('seconds', () => Int) seconds: number,
    @Ctx() ctx: Context,
  ): Promise<Speech> {
    return ctx.services.speeches.extend(ctx.actor, id, seconds);
  }

  @Mutation(() => Speech, {
    description:
      'Puts the question on as the current speech and queues first the linked EXPLANATION, returned',
  })
  askQuestion(@Arg('input') input: AskQuestionInput, @Ctx() ctx: Context): Promise<Speech> {
    return ctx.services.speeches.askQuestion(ctx.actor, input);
  }

  @Mutation(() => Speech, {
    description: 'Names the speaker of a speech (also once it is over), or corrects its topic or kind',
  })
  updateSpeech(@Arg('input') input: UpdateSpeechInput, @Ctx() ctx: Context): Promise<Speech> {
    return ctx.services.speeches.update(ctx.actor, input);
  }

  @FieldResolver(() => Participant, { nullable: true })
  speaker(@Root() speech: Speech, @Ctx() ctx: Context): Loaded<Participant | null> {
    return loadOptional(ctx.loaders.participantById, speech.participantId);
  }

  @FieldResolver(() => String, {
    description:
      "The name to show: the participant's, else the name announced, else the unit's (a department questioned), else the connection point's",
  })
  async displayName(@Root() speech: Speech, @Ctx() ctx: Context): Promise<string> {
    const speaker = await loadOptional(ctx.loaders.participantById, speech.participantId);
    return (
      speaker?.name ??
      speech.speakerName ??
      (await loadOptional(ctx.loaders.unitById, speech.unitId))?.name ??
      (await ctx.loaders.connectionPointById.load(speech.connectionPointId))!.name
    );
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: 'The unit speaking, when not the connection point’s own',
  })
  unit(@Root() speech: Speech, @Ctx() ctx: Context): Loaded<Unit | null> {
    return loadOptional(ctx.loaders.unitById, speech.unitId);
  }

  @FieldResolver(() => Int, {
    description: 'Whole seconds spoken by now, pauses of the meeting left out; 0 before it starts',
  })
  elapsedSeconds(@Root() speech: Speech, @Ctx() ctx: Context): number {
    return elapsedSeconds(speech, ctx.services.clock.now());
  }

  @FieldResolver(() => Int, {
    description: 'timeLimitSeconds less elapsedSeconds: negative once the speaker runs over',
  })
  remainingSeconds(@Root() speech: Speech, @Ctx() ctx: Context): number {
    return speech.timeLimitSeconds - elapsedSeconds(speech, ctx.services.clock.now());
  }

  @FieldResolver(() => ConnectionPoint)
  async connectionPoint(@Root() speech: Speech, @Ctx() ctx: Context): Promise<ConnectionPoint> {
    return (await ctx.loaders.connectionPointById.load(speech.connectionPointId))!;
  }

  @FieldResolver(() => AgendaItem)
  async agendaItem(@Root() speech: Speech, @Ctx() ctx: Context): Promise<AgendaItem> {
    return (await ctx.loaders.agendaItemById.load(speech.agendaItemId))!;
  }

  @FieldResolver(() => Speech, { nullable: true, description: 'For an EXPLANATION: the question it answers' })
  question(@Root() speech: Speech, @Ctx() ctx: Context): Loaded<Speech | null> {
    return loadOptional(ctx.loaders.speechById, speech.questionId);
  }

  @FieldResolver(() => Speech, { nullable: true, description: 'For a QUESTION: the explanation it asks for' })
  explanation(@Root() speech: Speech, @Ctx() ctx: Context): Promise<Speech | null> {
    return ctx.loaders.explanationByQuestion.load(speech.id);
  }
}

/** The speaker fields of a meeting. */
@Resolver(() => Meeting)
export class MeetingSpeechResolver {
  @FieldResolver(() => Speech, { nullable: true, description: 'The speech on now' })
  currentSpeech(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Speech | null> {
    return ctx.loaders.speakingByMeeting.load(meeting.id);
  }
}
