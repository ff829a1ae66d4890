import type { CoreServices } from '../services';
import { MeetingResolver } from './meeting.resolver';
import { MeetingService } from './meeting.service';
import { closeLiveActivity } from '../agenda/live-activity';

/** The GraphQL resolvers of this area. */
export const meetingResolvers = [MeetingResolver] as const;

/** The services of this area, built once per server. */
export function meetingServices(core: CoreServices) {
  // Ending a meeting first closes its running agenda item and speech, in the same command.
  return { meetings: new MeetingService(core, [closeLiveActivity]) };
}
