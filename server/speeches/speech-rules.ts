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

/** Ends a SPEAKING speech: DONE, with the whole seconds spoken. */
export async function finishSpeech(c: CommandContext, speech: Speech): Promise<void> {
  const startedAt = speech.startedAt ?? c.now;
  await change(c, Speech, speech, {
    status: SpeechStatus.DONE,
    speakingKey: null,
    endedAt: c.now,
    spokenSeconds: Math.max(0, Math.floor((c.now.getTime() - startedAt.getTime()) / 1000)),
  });
  c.emit(MeetingEventType.SPEECH_ENDED, speech);
}
