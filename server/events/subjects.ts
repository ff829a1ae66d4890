import { DataSource, EntityMetadata } from 'typeorm';
import { Meeting } from '../meetings/meeting.entity';
import { ConnectionPoint } from '../connection-points/connection-point.entity';
import { Participant } from '../participants/participant.entity';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { Speech } from '../speeches/speech.entity';
import { Conclusion } from '../conclusions/conclusion.entity';
import { Directive } from '../directives/directive.entity';
import { ReportRequest, ReportSubmission } from '../reports/report.entity';

/** The kinds of object an event can be about; an event carries a snapshot of its subject. */
export const subjectClasses = {
  Meeting,
  ConnectionPoint,
  Participant,
  AgendaItem,
  Speech,
  Conclusion,
  Directive,
  ReportRequest,
  ReportSubmission,
};
export type SubjectType = keyof typeof subjectClasses;
export type EventSubject = InstanceType<(typeof subjectClasses)[SubjectType]>;

export function subjectTypeOf(subject: EventSubject): SubjectType {
  const name = subject.constructor.name;
  if (!(name in subjectClasses)) throw new Error(`Not an event subject: ${name}`);
  return name as SubjectType;
}

/** Snapshots hold column values only; dates go through JSON as ISO strings. */
export class SubjectCodec {
  constructor(private readonly dataSource: DataSource) {}

  private metadata(type: SubjectType): EntityMetadata {
    return this.dataSource.getMetadata(subjectClasses[type]);
  }

  encode(subject: EventSubject): string {
    const columns: Record<string, unknown> = {};
    for (const c of this.metadata(subjectTypeOf(subject)).columns) {
      columns[c.propertyName] = (subject as unknown as Record<string, unknown>)[c.propertyName];
    }
    return JSON.stringify(columns);
  }

  decode(type: string, json: string): EventSubject {
    const cls = subjectClasses[type as SubjectType];
    if (!cls) throw new Error(`Unknown subject type ${type}`);
    const values = JSON.parse(json) as Record<string, unknown>;
    for (const c of this.metadata(type as SubjectType).columns) {
      const v = values[c.propertyName];
      if (c.type === 'datetime' && typeof v === 'string') values[c.propertyName] = new Date(v);
    }
    return Object.assign(new cls(), values) as EventSubject;
  }
}
