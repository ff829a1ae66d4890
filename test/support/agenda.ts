import { MeetingEventRecord } from '../../server/events/meeting-event.entity';
import { TestServer } from './server';
import {
  ADD_ITEM,
  APPROVE_SPEECH,
  Hosted,
  ITEM_FIELDS,
  lastEventSeq,
  REQUEST_TO_SPEAK,
  SPEECH_FIELDS,
} from './factories';

/** The agenda and speaker-list operations, as an integrator would send them. */
export const OPS = {
  addItem: ADD_ITEM,
  updateItem: `mutation($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { ${ITEM_FIELDS} } }`,
  moveItem: `mutation($id: ID!, $position: Int!) { moveAgendaItem(id: $id, position: $position) { id position title } }`,
  removeItem: `mutation($id: ID!) { removeAgendaItem(id: $id) { id position title } }`,
  startItem: `mutation($id: ID!) { startAgendaItem(id: $id) { ${ITEM_FIELDS} } }`,
  completeItem: `mutation($id: ID!) { completeAgendaItem(id: $id) { ${ITEM_FIELDS} } }`,
  skipItem: `mutation($id: ID!) { skipAgendaItem(id: $id) { ${ITEM_FIELDS} } }`,
  request: REQUEST_TO_SPEAK,
  withdraw: `mutation($id: ID!) { withdrawSpeech(id: $id) { ${SPEECH_FIELDS} } }`,
  approve: APPROVE_SPEECH,
  reject: `mutation($id: ID!, $reason: String) { rejectSpeech(id: $id, reason: $reason) { ${SPEECH_FIELDS} } }`,
  moveSpeech: `mutation($id: ID!, $position: Int!) { moveSpeech(id: $id, position: $position) { id queuePosition } }`,
  startSpeech: `mutation($id: ID!) { startSpeech(id: $id) { ${SPEECH_FIELDS} } }`,
  endSpeech: `mutation($id: ID!) { endSpeech(id: $id) { ${SPEECH_FIELDS} } }`,
  extend: `mutation($id: ID!, $seconds: Int!) { extendSpeech(id: $id, seconds: $seconds) { ${SPEECH_FIELDS} } }`,
  ask: `mutation($input: AskQuestionInput!) { askQuestion(input: $input) {
    ${SPEECH_FIELDS} displayName unitId speaker { id } question { ${SPEECH_FIELDS} explanation { id } } } }`,
  updateSpeech: `mutation($input: UpdateSpeechInput!) { updateSpeech(input: $input) { ${SPEECH_FIELDS} displayName speaker { id } } }`,
  meeting: `query($id: ID!) { meeting(id: $id) {
    status lastEventSeq
    agenda { id position title status }
    currentAgendaItem { id title }
    currentSpeech { id status startedAt timeLimitSeconds speaker { name } connectionPoint { name } }
    speakerQueue { id queuePosition connectionPoint { name } }
  } }`,
  lifecycle: (name: 'startMeeting' | 'pauseMeeting' | 'resumeMeeting' | 'endMeeting' | 'scheduleMeeting') =>
    `mutation($id: ID!) { ${name}(id: $id) { id status } }`,
};

/** The meeting's event log as stored, in seq order. */
export async function storedEvents(t: TestServer, m: Hosted): Promise<MeetingEventRecord[]> {
  return t.server.services.db.dataSource.manager.find(MeetingEventRecord, {
    where: { meetingId: m.meetingId },
    order: { seq: 'ASC' },
  });
}

/** Expects the stored log to be seq 1..n, gapless and unique, with n the meeting's lastEventSeq. */
export async function expectGaplessLog(t: TestServer, m: Hosted): Promise<MeetingEventRecord[]> {
  const events = await storedEvents(t, m);
  expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
  expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(events.length);
  return events;
}
