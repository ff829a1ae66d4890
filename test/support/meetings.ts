import { TestServer } from './server';
import { MEETING_FIELDS } from './factories';

export const UPDATE_MEETING = `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { ${MEETING_FIELDS} } }`;
export const READ_MEETING = `query($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`;

export async function readMeeting(t: TestServer, id: string, token?: string) {
  const data = await t.ok(READ_MEETING, { id }, token ?? (await t.adminToken()));
  return data.meeting as Record<string, any>;
}
