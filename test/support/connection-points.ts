import { TestServer } from './server';
import { CP_FIELDS, PARTICIPANT_FIELDS } from './factories';

/** Fixtures for connection points, site access and participants: all through the real API. */

export const UPDATE_CP = `mutation($input: UpdateConnectionPointInput!) { updateConnectionPoint(input: $input) { ${CP_FIELDS} } }`;
export const REMOVE_CP = `mutation($id: ID!) { removeConnectionPoint(id: $id) { ${CP_FIELDS} } }`;
export const REVOKE_CODE = `mutation($id: ID!) { revokeSiteAccessCode(connectionPointId: $id) { id hasAccessCode accessCodeIssuedAt } }`;
export const UPDATE_PARTICIPANT = `mutation($input: UpdateParticipantInput!) { updateParticipant(input: $input) { ${PARTICIPANT_FIELDS} } }`;
export const REMOVE_PARTICIPANT = `mutation($id: ID!) { removeParticipant(id: $id) { ${PARTICIPANT_FIELDS} } }`;
export const CHECK_IN = `mutation($id: ID!) { checkInParticipant(id: $id) { ${PARTICIPANT_FIELDS} } }`;
export const MARK_ABSENT = `mutation($id: ID!, $excused: Boolean, $reason: String) {
  markParticipantAbsent(id: $id, excused: $excused, reason: $reason) { ${PARTICIPANT_FIELDS} } }`;
/** What a meeting holds of this area, and its event count (to see that a refused command wrote nothing). */
export const MEETING_SETUP = `query($id: ID!) { meeting(id: $id) { id status lastEventSeq
  connectionPoints { ${CP_FIELDS} } participants { ${PARTICIPANT_FIELDS} } } }`;

/** The meeting's connection points, participants and event count, as its host sees them. */
export async function setupOf(t: TestServer, token: string, meetingId: string) {
  return (await t.ok(MEETING_SETUP, { id: meetingId }, token)).meeting;
}
