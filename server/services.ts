import { Clock } from './common/clock';
import type { Config } from './config';
import type { Logger } from './common/logger';
import { Database } from './db/database';
import { AuthService } from './auth/auth.service';
import { TokenService } from './auth/tokens';
import { EventBus } from './events/event-bus';
import { MeetingCommands } from './events/meeting-commands';
import { SubjectCodec } from './events/subjects';
import { UnitService } from './units/unit.service';

export type ServiceDeps = {
  db: Database;
  bus: EventBus;
  clock: Clock;
  config: Config;
  logger: Logger;
  signingSecret: string;
};

/** Builds the services once per server; resolvers reach them through the context. */
export function createServices(deps: ServiceDeps) {
  const { db, bus, clock, config } = deps;
  const commands = new MeetingCommands(db, bus, new SubjectCodec(db.dataSource), clock);
  const tokens = new TokenService(deps.signingSecret, config.tokenTtlSeconds);
  return {
    db,
    bus,
    clock,
    config,
    logger: deps.logger,
    commands,
    auth: new AuthService(db, tokens),
    units: new UnitService(db),
  };
}

export type Services = ReturnType<typeof createServices>;
