import { Clock } from './common/clock';
import type { Config } from './config';
import type { Logger } from './common/logger';
import { Database } from './db/database';
import { AuthService } from './auth/auth.service';
import { TokenService } from './auth/tokens';
import { EventBus } from './events/event-bus';
import { MeetingCommands } from './events/meeting-commands';
import { SubjectCodec } from './events/subjects';
import { EventLog } from './events/event-log';
import { UnitService } from './units/unit.service';
import { meetingServices } from './meetings';
import { connectionPointServices } from './connection-points';
import { participantServices } from './participants';
import { agendaServices } from './agenda';
import { speechServices } from './speeches';
import { conclusionServices } from './conclusions';
import { directiveServices } from './directives';
import { liveServices } from './live';

export type ServiceDeps = {
  db: Database;
  bus: EventBus;
  clock: Clock;
  config: Config;
  logger: Logger;
  signingSecret: string;
};

/** What every area's services may build on. */
export function createCoreServices(deps: ServiceDeps) {
  const { db, bus, clock, config } = deps;
  const codec = new SubjectCodec(db.dataSource);
  return {
    db,
    bus,
    clock,
    config,
    logger: deps.logger,
    codec,
    commands: new MeetingCommands(db, bus, codec, clock),
    log: new EventLog(db, codec),
    auth: new AuthService(db, new TokenService(deps.signingSecret, config.tokenTtlSeconds)),
    units: new UnitService(db),
  };
}
export type CoreServices = ReturnType<typeof createCoreServices>;

/** Builds the services once per server; resolvers reach them through the context. */
export function createServices(deps: ServiceDeps) {
  const core = createCoreServices(deps);
  return {
    ...core,
    ...meetingServices(core),
    ...connectionPointServices(core),
    ...participantServices(core),
    ...agendaServices(core),
    ...speechServices(core),
    ...conclusionServices(core),
    ...directiveServices(core),
    ...liveServices(core),
  };
}

export type Services = ReturnType<typeof createServices>;
