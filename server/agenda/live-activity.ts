import { CommandContext } from '../events/meeting-commands';
import { MeetingEventType } from '../events/event-type';
import { finishSpeech, speakingSpeech } from '../speeches/speech-rules';
import { AgendaItem, AgendaItemStatus } from './agenda-item.entity';
import { change } from '../events/command-rows';

export const ACTIVE_KEY = 'ACTIVE';

/** The active agenda item of the command's meeting, if any. */
export function activeItem(c: CommandContext): Promise<AgendaItem | null> {
  return c.manager.findOne(AgendaItem, { where: { meetingId: c.id, activeKey: ACTIVE_KEY } });
}

/** Completes the ACTIVE `item`, ending first the speech that is on (only the active item has one). */
export async function completeItem(c: CommandContext, item: AgendaItem): Promise<void> {
  const speech = await speakingSpeech(c);
  if (speech) await finishSpeech(c, speech);
  await change(c, AgendaItem, item, { status: AgendaItemStatus.DONE, activeKey: null, endedAt: c.now });
  c.emit(MeetingEventType.AGENDA_ITEM_COMPLETED, item);
}

/**
 * Closes what runs when the meeting ends, in the ending command's transaction: the SPEAKING speech
 * is ended and the ACTIVE item completed, each with its event (a speech only runs within the active
 * item, so completing the item covers both). Called by endMeeting.
 */
export async function closeLiveActivity(c: CommandContext): Promise<void> {
  const item = await activeItem(c);
  if (item) await completeItem(c, item);
}
