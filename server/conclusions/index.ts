import type { CoreServices } from '../services';
import { ConclusionResolver, MeetingConclusionResolver } from './conclusion.resolver';
import { ConclusionService } from './conclusion.service';
import { NoticeService } from './notice';

export { noticeRouter } from './notice.route';

/** The GraphQL resolvers of this area. */
export const conclusionResolvers = [ConclusionResolver, MeetingConclusionResolver] as const;

/** The services of this area, built once per server. */
export function conclusionServices(core: CoreServices) {
  return {
    conclusions: new ConclusionService(core.db, core.commands),
    notices: new NoticeService(core.db),
  };
}
