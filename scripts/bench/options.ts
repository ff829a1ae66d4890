import type { Kind, ServerName } from './common';
import type { Shape } from './template';

/** What one run of the bench measures (from the command line, see main.ts). */
export type BenchOptions = {
  dir: string;
  ns: number[];
  kinds: Kind[];
  servers: ServerName[];
  warmup: number;
  events: number;
  /** Client processes sharing the sockets. */
  clients: number;
  /** Subscribers of the reconnect storm (ours, meetingEvents); 0: no storm. */
  storm: number;
  /** Requests per phase of the query-side bench (ours and the naive resolvers); 0: none. */
  queries: number;
  shape?: Shape;
  log?: (line: string) => void;
};
