import { CommandContext } from '../events/meeting-commands';
import { MeetingEventType } from '../events/event-type';
import { change } from '../events/command-rows';
import { Speech, SpeechKind, SpeechStatus } from './speech.entity';

/** The time a speech gets unless the request says otherwise, by kind (seconds). */
export const DEFAULT_TIME_LIMITS: Record<SpeechKind, number> = {
  [SpeechKind.CONTRIBUTION]: 600,
  [SpeechKind.COMMENT]: 300,
  [SpeechKind.REPORT]: 1200,
  [SpeechKind.QUESTION]: 120,
  [SpeechKind.EXPLANATION]: 300,
  [SpeechKind.DIRECTIVE]: 1200,
  [SpeechKind.CONCLUSION]: 900,
};

export const SPEAKING_KEY = 'SPEAKING';

/** The speech on now in the command's meeting, if any. */
export function speakingSpeech(c: CommandContext): Promise<Speech | null> {
  return c.manager.findOne(Speech, { where: { meetingId: c.id, speakingKey: SPEAKING_KEY } });
}

/** The QUEUED speeches of an agenda item, in queue order. */
export function queueOf(c: CommandContext, agendaItemId: string): Promise<Speech[]> {
  return c.manager.find(Speech, {
    where: { agendaItemId, status: SpeechStatus.QUEUED },
    order: { queuePosition: 'ASC' },
  });
}

/** The milliseconds a speech's clock has stood still by `at`: its past pauses and the one going on. */
function pausedMsBy(speech: Speech, at: Date): number {
  return (speech.pausedMs ?? 0) + (speech.pausedAt ? at.getTime() - speech.pausedAt.getTime() : 0);
}

/** The clock's fields once the pause going on (if any) is over at `at`: counted in and closed. */
function pauseClosed(speech: Speech, at: Date): Pick<Speech, 'pausedAt' | 'pausedMs'> {
  return { pausedAt: null, pausedMs: pausedMsBy(speech, at) };
}

/**
 * The whole seconds a speech has run by `now`, its pauses left out: 0 before it starts; its clock
 * stands still while the meeting is paused and stops when it ends.
 */
export function elapsedSeconds(speech: Speech, now: Date): number {
  if (!speech.startedAt) return 0;
  const stoppedAt = speech.endedAt ?? now;
  const ran = stoppedAt.getTime() - speech.startedAt.getTime() - pausedMsBy(speech, stoppedAt);
  return Math.max(0, Math.floor(ran / 1000));
}

/** Ends a SPEAKING speech: DONE, with the whole seconds spoken (a pause it is ended in left out). */
export async function finishSpeech(c: CommandContext, speech: Speech): Promise<void> {
  await change(c, Speech, speech, {
    status: SpeechStatus.DONE,
    speakingKey: null,
    endedAt: c.now,
    spokenSeconds: elapsedSeconds(speech, c.now),
    ...pauseClosed(speech, c.now),
  });
  c.emit(MeetingEventType.SPEECH_ENDED, speech);
}

/** On pauseMeeting: the speech on stops its clock (MEETING_PAUSED tells the screens). */
export async function holdSpeechClock(c: CommandContext): Promise<void> {
  const speech = await speakingSpeech(c);
  if (speech && !speech.pausedAt) await change(c, Speech, speech, { pausedAt: c.now });
}

/** On resumeMeeting: the speech on runs again, the pause added to what its clock leaves out. */
export async function runSpeechClock(c: CommandContext): Promise<void> {
  const speech = await speakingSpeech(c);
  if (speech?.pausedAt) await change(c, Speech, speech, pauseClosed(speech, c.now));
}
