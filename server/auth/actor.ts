import { Role } from './user.entity';

/** Who sends a request: a signed-in user, or the device of one connection point (a site token). */
export type UserActor = {
  kind: 'user';
  userId: string;
  username: string;
  name: string;
  role: Role;
  unitId: string | null;
  /** The user's unit and every unit below it (empty without a unit): what its reach is made of. */
  unitTree: readonly string[];
};

export type SiteActor = {
  kind: 'site';
  role: Role.SITE_OPERATOR;
  connectionPointId: string;
  meetingId: string;
  unitId: string;
  name: string;
};

export type Actor = UserActor | SiteActor;

/** How an actor is written into the event log. */
export type ActorRef = { kind: 'user' | 'site' | 'system'; id: string | null; name: string };

export const actorRef = (actor: Actor | null): ActorRef =>
  actor === null
    ? { kind: 'system', id: null, name: 'system' }
    : actor.kind === 'user'
      ? { kind: 'user', id: actor.userId, name: actor.name }
      : { kind: 'site', id: actor.connectionPointId, name: actor.name };

/** The user who made an edit (a text's last editor); null for a site or the system. */
export const editorOf = (actor: Actor | null): string | null =>
  actor?.kind === 'user' ? actor.userId : null;
