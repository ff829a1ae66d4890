import type { CoreServices } from '../services';
import { MeetingSpeechResolver, SpeechResolver } from './speech.resolver';
import { SpeechService } from './speech.service';

/** The GraphQL resolvers of this area. */
export const speechResolvers = [SpeechResolver, MeetingSpeechResolver] as const;

/** The services of this area, built once per server. */
export function speechServices(core: CoreServices) {
  return { speeches: new SpeechService(core.commands, core.db) };
}
