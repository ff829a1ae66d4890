/** The demo's output: one readable line per event, the progress line, and the closing summary. */
import { LiveMeeting, MeetingEvent, MeetingEventSubject } from '../../client-sdk/src';
import { LiveMeetingRun } from './live-meeting';

/** hh:mm:ss in Vietnam (UTC+7), where the meetings take place. */
const clock = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(11, 19);
const minutes = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

function pointName(run: LiveMeetingRun, id: string): string {
  return run.detail?.connectionPoints.find((cp) => cp.id === id)?.name ?? id;
}

function personName(run: LiveMeetingRun, id: string | null): string | null {
  return run.detail?.participants.find((p) => p.id === id)?.name ?? null;
}

/** A directive's assignee, named from the directives the meeting has now (an event holds its id). */
function unitName(run: LiveMeetingRun, id: string): string {
  return run.detail?.conclusion?.directives.find((d) => d.assigneeUnitId === id)?.assigneeUnit.name ?? id;
}

function subjectText(s: MeetingEventSubject, run: LiveMeetingRun): string {
  switch (s.__typename) {
    case 'MeetingSnapshot':
      return `${s.title} [${s.status}]`;
    case 'ConnectionPointSnapshot':
      return `${s.name} [${s.connectionState}]`;
    case 'ParticipantSnapshot':
      return `${s.name}, ${s.position ?? s.role} — ${pointName(run, s.connectionPointId)} [${s.attendance}]`;
    case 'AgendaItemSnapshot':
      return `${s.position}. ${s.title} [${s.status}]`;
    case 'SpeechSnapshot': {
      const who = s.speakerName ?? personName(run, s.participantId) ?? 'đại diện';
      const time =
        s.status === 'DONE' && s.spokenSeconds !== null
          ? `spoke ${minutes(s.spokenSeconds)}`
          : `limit ${minutes(s.timeLimitSeconds)}`;
      return `${who} — ${pointName(run, s.connectionPointId)} (${s.kind}, ${time})${s.topic ? `: ${s.topic}` : ''}`;
    }
    case 'ConclusionSnapshot':
      return `v${s.version} [${s.status}]${s.noticeNumber ? ` notice ${s.noticeNumber}` : ''}`;
    case 'DirectiveSnapshot':
      return `${unitName(run, s.assigneeUnitId)}: ${s.task}`;
    case 'ReportRequestSnapshot':
      return `${s.title} (${s.unitIds.length} units)`;
    case 'ReportSubmissionSnapshot':
      return `${unitName(run, s.unitId)}: ${s.text}`;
  }
}

export function describe(e: MeetingEvent, run: LiveMeetingRun): string {
  return `${clock(e.at)} #${String(e.seq).padStart(3)} ${e.type.padEnd(22)} ${subjectText(e.subject, run)}`;
}

export function progress(live: LiveMeeting): string {
  const item = live.currentAgendaItem;
  const sites = live.connectionPoints.filter((cp) => cp.role === 'SITE');
  const connected = sites.filter((cp) => cp.connectionState === 'CONNECTED').length;
  return [
    `[${live.status}] ${item ? `item ${item.position}/${live.agenda.length}` : `${live.agenda.filter((a) => a.status === 'DONE').length}/${live.agenda.length} items done`}`,
    `${connected}/${sites.length} sites connected`,
    `${live.attendance.present}/${live.attendance.total} present`,
    `${live.speakerQueue.length} queued, ${live.speechRequests.length} hands up`,
    `seq ${live.seq}`,
  ].join(' · ');
}

export function summary(run: LiveMeetingRun, events: MeetingEvent[]): string {
  const speeches = new Map<string, Extract<MeetingEventSubject, { __typename: 'SpeechSnapshot' }>>();
  const byType = new Map<string, number>();
  for (const e of events) {
    byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    if (e.subject.__typename === 'SpeechSnapshot') speeches.set(e.subject.speechId, e.subject);
  }
  const spoken = new Map<string, { seconds: number; count: number }>();
  for (const s of speeches.values()) {
    if (s.status !== 'DONE' || s.spokenSeconds === null) continue;
    const total = spoken.get(s.connectionPointId) ?? { seconds: 0, count: 0 };
    spoken.set(s.connectionPointId, { seconds: total.seconds + s.spokenSeconds, count: total.count + 1 });
  }
  const last = events.at(-1)?.seq ?? 0;
  const complete = run.sites.filter(
    (s) => s.events.length === last && s.events.every((e, i) => e.seq === i + 1),
  );
  const live = run.sites[0]?.live;
  const width = Math.max(...run.detail.connectionPoints.map((cp) => cp.name.length));
  return [
    'Summary',
    `  Meeting   ${run.detail.title}`,
    `  Events    ${events.length} (seq 1–${last}); ${complete.length}/${run.sites.length} sites received every one, in order`,
    `            ${[...byType]
      .sort((a, b) => b[1] - a[1])
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}`,
    `  Sites     ${run.sites.length} sites + the host point; ${live?.attendance.present ?? 0}/${live?.attendance.total ?? 0} delegates present`,
    '  Speaking time per connection point',
    ...run.detail.connectionPoints.map((cp) => {
      const t = spoken.get(cp.id) ?? { seconds: 0, count: 0 };
      return `    ${cp.name.padEnd(width)}  ${minutes(t.seconds).padStart(6)}  (${t.count} speech${t.count === 1 ? '' : 'es'})`;
    }),
  ].join('\n');
}
