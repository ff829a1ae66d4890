import { AgendaItemKind } from '../agenda/agenda-item.entity';
import { ConnectionPointRole } from '../connection-points/connection-point.entity';
import { ParticipantRole } from '../participants/participant.entity';

/** A connection point every meeting of a series has: one per unit. */
export type StandingPoint = {
  unitId: string;
  role: ConnectionPointRole;
  name: string;
  location: string | null;
  operatorName: string | null;
  operatorContact: string | null;
  presidingName: string | null;
  expectedAttendance: number;
};

/** A standing participant, seated at the point of `pointUnitId`. */
export type StandingParticipant = {
  name: string;
  position: string | null;
  unitId: string | null;
  role: ParticipantRole;
  pointUnitId: string;
};

/** An agenda item of the template; `presenter` names one of the template's participants. */
export type TemplateAgendaItem = {
  title: string;
  kind: AgendaItemKind;
  plannedMinutes: number | null;
  presenter: string | null;
  notes: string | null;
  documents: string[];
};

/** What a new meeting of a series (or a copy of a meeting) starts with. */
export type MeetingTemplate = {
  connectionPoints: StandingPoint[];
  participants: StandingParticipant[];
  agenda: TemplateAgendaItem[];
};

/** Optional details may be left out (or null). */
type Loose<T> = { [K in keyof T]?: T[K] | null };

/** A template as a caller writes it: the details default as a new point, person or item would. */
export type TemplateDraft = {
  connectionPoints: (Pick<StandingPoint, 'unitId' | 'role'> &
    Loose<Omit<StandingPoint, 'unitId' | 'role'>>)[];
  participants: (Pick<StandingParticipant, 'name' | 'role' | 'pointUnitId'> &
    Loose<Pick<StandingParticipant, 'position' | 'unitId'>>)[];
  agenda: (Pick<TemplateAgendaItem, 'title' | 'kind'> & Loose<Omit<TemplateAgendaItem, 'title' | 'kind'>>)[];
};

export const EMPTY_TEMPLATE: MeetingTemplate = { connectionPoints: [], participants: [], agenda: [] };
