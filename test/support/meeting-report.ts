import type { Client } from 'graphql-ws';
import { TestClock } from './instruments';
import { TestServer } from './server';
import { agendaItem, conference, lifecycle, requestedSpeech } from './factories';
import { connectedClient, livePoint, until } from './live';

export const REPORT_FIELDS = `meetingId title startedAt endedAt url
  agenda { agendaItemId position title plannedMinutes startedAt endedAt actualSeconds skipped }
  speakingByPoint { connectionPointId name speeches seconds }
  speakingByKind { kind speeches seconds }
  attendance { connectionPointId name expected present late absent excused }
  connection { connectionPointId name lostEpisodes lostSeconds }`;
export const READ_REPORT = `query($id: ID!) { meeting(id: $id) { report { ${REPORT_FIELDS} } } }`;

/** The agenda of the held conference: each item's plan, the minutes it took and its speeches. */
const AGENDA = [
  {
    title: 'Báo cáo thực hiện Quy chế dân chủ',
    plannedMinutes: 15,
    heldMinutes: 18,
    speeches: [{ site: 0, kind: 'CONTRIBUTION', seconds: 5 * 60 + 20 }],
  },
  {
    title: 'Ý kiến phát biểu của các đơn vị',
    plannedMinutes: 20,
    heldMinutes: 12,
    speeches: [
      { site: 1, kind: 'COMMENT', seconds: 3 * 60 },
      { site: 0, kind: 'COMMENT', seconds: 2 * 60 + 10 },
    ],
  },
];

/**
 * The Quảng Ngãi conference held from 07:30 on 28/4/2022 on `clock`: two sites; the chair checks in
 * on time, site 1's delegate 10 minutes late, site 2's is excused; the agenda above; site 1's screen
 * drops for `lostSeconds[0]` and comes back, site 2's drops `lostSeconds[1]` before the end for good.
 * Returns the meeting and what was done, to check the report against.
 */
export async function heldConference(t: TestServer, clock: TestClock) {
  clock.set('2022-04-28T00:30:00Z');
  const m = await conference(t, { sites: 2 });
  const run = (mutation: string, id: string, extra = '') =>
    t.ok(`mutation($id: ID!) { ${mutation}(id: $id${extra}) { id } }`, { id }, m.host);
  const state = async (site: number, expected: string) =>
    until(
      async () => (await livePoint(t, m.host, m.meetingId, m.sites[site].id)).connectionState === expected,
      `site ${site + 1} ${expected}`,
    );
  const screen = async (site: number) => {
    const client = await connectedClient(t, m.sites[site].token);
    await state(site, 'CONNECTED');
    return client;
  };
  const drop = async (site: number, client: Client) => {
    await client.dispose();
    await state(site, 'LOST');
  };
  const lostSeconds = [120, 600];
  const screens = [await screen(0), await screen(1)];

  await run('checkInParticipant', m.chairId);
  clock.advance(10 * 60); // 07:40
  await run('checkInParticipant', m.sites[0].delegateId);
  await run('markParticipantAbsent', m.sites[1].delegateId, ', excused: true, reason: "Ốm"');
  await drop(0, screens[0]);
  clock.advance(lostSeconds[0]);
  screens[0] = await screen(0);

  const items = [];
  for (const plan of AGENDA) {
    const item = await agendaItem(t, m, { title: plan.title, plannedMinutes: plan.plannedMinutes });
    await run('startAgendaItem', item.id);
    let spent = 0;
    for (const s of plan.speeches) {
      const speech = await requestedSpeech(t, m.sites[s.site], item.id, { kind: s.kind });
      await run('approveSpeech', speech.id);
      await run('startSpeech', speech.id);
      clock.advance(s.seconds);
      await run('endSpeech', speech.id);
      spent += s.seconds;
    }
    clock.advance(plan.heldMinutes * 60 - spent);
    await run('completeAgendaItem', item.id);
    items.push({ ...plan, id: item.id as string });
  }
  await drop(1, screens[1]);
  clock.advance(lostSeconds[1]);
  await lifecycle(t, m.host, m.meetingId, 'end');
  // A screen closed after the end is no loss of connection.
  await drop(0, screens[0]);
  return { ...m, items, lostSeconds };
}
