import { useEffect, useState } from 'preact/hooks';
import { MeetingDetailDocument, MeetingDetailQuery } from '@diemcau/client';
import { t } from '../../i18n';
import { useWorkspace } from '../context';
import { OutcomeLine, useActions } from '../outcome';
import { navigate } from '../route';
import { MeetingForm } from './MeetingForm';
import { Points } from './Points';
import { Participants } from './Participants';
import { Agenda } from './Agenda';
import { AccessCodes } from './AccessCodes';

export type Meeting = NonNullable<MeetingDetailQuery['meeting']>;
/** Runs a change of the meeting, then reads it again; resolves to the change's result. */
export type Act = <T>(action: () => Promise<T>, done?: string) => Promise<T | undefined>;
export type SectionProps = { meeting: Meeting; act: Act };

/** Preparing a meeting: its details, connection points, delegates, agenda and the sites' codes. */
export function Prepare({ meetingId }: { meetingId: string | null }) {
  const workspace = useWorkspace();
  const [meeting, setMeeting] = useState<Meeting | null>(null);
  const { outcome, run } = useActions();
  const reload = async (id = meetingId) => {
    if (id) setMeeting((await workspace.client.request(MeetingDetailDocument, { id })).meeting);
  };
  useEffect(() => void run(() => reload(), ''), [meetingId]);
  const act: Act = async (action, done) => {
    const result = await run(action, done);
    await reload();
    return result;
  };
  return (
    <main class="host host-prepare">
      <header class="host-bar">
        <button type="button" onClick={() => navigate({ page: 'list' })}>
          {t('host.meeting.back')}
        </button>
        <h1>{meeting?.title ?? t('host.meeting.newHeading')}</h1>
        {meeting && (
          <>
            <span class={`status status-${meeting.status}`} data-testid="meeting-status">
              {t(`status.${meeting.status}`)}
            </span>
            <button type="button" onClick={() => navigate({ page: 'live', meetingId: meeting.id })}>
              {t('host.meeting.toLive')}
            </button>
          </>
        )}
      </header>
      <div class="outcome-bar">
        <OutcomeLine outcome={outcome?.text ? outcome : null} />
      </div>
      {(meetingId === null || meeting) && (
        // Read again after a save: the form starts from what was saved.
        <MeetingForm
          key={meeting ? `${meeting.id}:${meeting.version}` : 'new'}
          meeting={meeting}
          act={act}
          onCreated={(id) => navigate({ page: 'prepare', meetingId: id })}
        />
      )}
      {meeting && (
        <>
          <Points meeting={meeting} act={act} />
          <Participants meeting={meeting} act={act} />
          <Agenda meeting={meeting} act={act} />
          <AccessCodes meeting={meeting} act={act} />
        </>
      )}
    </main>
  );
}
