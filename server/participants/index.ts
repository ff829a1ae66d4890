import type { CoreServices } from '../services';
import {
  ConnectionPointParticipantsResolver,
  MeetingParticipantsResolver,
  ParticipantResolver,
} from './participant.resolver';
import { ParticipantService } from './participant.service';

/** The GraphQL resolvers of this area. */
export const participantResolvers = [
  ParticipantResolver,
  ConnectionPointParticipantsResolver,
  MeetingParticipantsResolver,
] as const;

/** The services of this area, built once per server. */
export function participantServices(core: CoreServices) {
  return { participants: new ParticipantService(core.db, core.commands) };
}
