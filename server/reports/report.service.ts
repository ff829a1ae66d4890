import { In } from 'typeorm';
import { Actor } from '../auth/actor';
import { assertManageMeeting, assertSubmitReport } from '../access/access';
import { badInput, conflict, ErrorReason, forbidden } from '../common/errors';
import { assertId } from '../common/ids';
import { assertRoom, LIST_CAPS } from '../common/list-caps';
import { ConnectionPoint } from '../connection-points/connection-point.entity';
import { Database } from '../db/database';
import { MeetingEventType } from '../events/event-type';
import { MeetingCommands } from '../events/meeting-commands';
import { MeetingStatus } from '../meetings/meeting.entity';
import { ReportRequest, ReportSubmission } from './report.entity';
import type { FileService } from '../files/file.service';

/** Reports asked of some of a meeting's units (those of its connection points), by a deadline. */
export type NewReportRequest = { meetingId: string; title: string; deadline: Date; unitIds: string[] };

/** A unit's report: the unit is the sender's own (its site or its standing site account). */
export type NewReportSubmission = { requestId: string; text: string; fileIds?: string[] | null };

/** Reports are collected before the meeting: not once it has ended or was cancelled. */
const CLOSED = [MeetingStatus.ENDED, MeetingStatus.CANCELLED];

/**
 * Reports collected before a meeting: its hosts ask units taking part for a report by a deadline;
 * each unit sends its own (again, to replace it, until the deadline); the hosts see who sent it, late or not, and who
 * has not.
 */
export class ReportService {
  constructor(
    private readonly db: Database,
    private readonly commands: MeetingCommands,
    private readonly files: FileService,
  ) {}

  request(actor: Actor | null, input: NewReportRequest): Promise<ReportRequest> {
    input.unitIds.forEach((id) => assertId('input.unitIds', id));
    if (!input.unitIds.length) throw badInput('input.unitIds', ErrorReason.REQUIRED);
    const twice = input.unitIds.find((id, i) => input.unitIds.indexOf(id) !== i);
    if (twice) throw badInput('input.unitIds', ErrorReason.DUPLICATE, { value: twice });
    return this.commands.run(
      actor,
      input.meetingId,
      async (c) => {
        assertManageMeeting(actor, c);
        assertOpen(c.meeting.status);
        if (input.deadline <= c.now) throw badInput('input.deadline', ErrorReason.NOT_IN_FUTURE);
        const points = await c.manager.count(ConnectionPoint, {
          where: { meetingId: c.meeting.id, unitId: In(input.unitIds) },
        });
        if (points !== input.unitIds.length) {
          throw badInput('input.unitIds', ErrorReason.NOT_IN_MEETING);
        }
        assertRoom(
          await c.manager.count(ReportRequest, { where: { meetingId: c.meeting.id } }),
          LIST_CAPS.reportRequestsPerMeeting,
          'input.meetingId',
          'report requests in a meeting',
        );
        const request = c.manager.create(ReportRequest, {
          meetingId: c.meeting.id,
          title: input.title,
          deadline: input.deadline,
          unitIds: input.unitIds,
        });
        await c.manager.save(request);
        c.emit(MeetingEventType.REPORTS_REQUESTED, request);
        return request;
      },
      'input.meetingId',
    );
  }

  submit(actor: Actor | null, input: NewReportSubmission): Promise<ReportSubmission> {
    return this.commands.runOn(
      actor,
      ReportRequest,
      input.requestId,
      async (c, request) => {
        const unitId = assertSubmitReport(actor);
        if (!request.unitIds.includes(unitId)) {
          throw forbidden('Your unit was not asked for this report');
        }
        assertOpen(c.meeting.status);
        const earlier = await c.manager.findOne(ReportSubmission, {
          where: { requestId: request.id, unitId },
        });
        // A first report is taken late (and shown late); one sent in time stands once the deadline is past.
        if (earlier && c.now > request.deadline) {
          throw conflict(ErrorReason.REPORT_DEADLINE_PASSED, {
            deadline: request.deadline.toISOString(),
            submittedAt: earlier.submittedAt.toISOString(),
          });
        }
        const submission = c.manager.merge(ReportSubmission, earlier ?? c.manager.create(ReportSubmission), {
          requestId: request.id,
          meetingId: request.meetingId,
          unitId,
          text: input.text,
          submittedAt: c.now,
          submittedBy: c.actor!.name,
        });
        await c.manager.save(submission);
        await this.files.attach(
          c.manager,
          actor,
          'submissionId',
          submission.id,
          input.fileIds ?? [],
          'input.fileIds',
        );
        c.emit(MeetingEventType.REPORT_SUBMITTED, submission);
        return submission;
      },
      'input.requestId',
    );
  }

  /** The report requests of these meetings, oldest first (for loaders). */
  requestsOf(meetingIds: readonly string[]): Promise<ReportRequest[]> {
    return this.db.read((m) =>
      m.find(ReportRequest, {
        where: { meetingId: In([...meetingIds]) },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
    );
  }

  /** The reports sent in answer to these requests, first sent first (for loaders). */
  submissionsOf(requestIds: readonly string[]): Promise<ReportSubmission[]> {
    return this.db.read((m) =>
      m.find(ReportSubmission, {
        where: { requestId: In([...requestIds]) },
        order: { submittedAt: 'ASC', id: 'ASC' },
      }),
    );
  }
}

/** Sent after the request's deadline (taken all the same, and shown late). */
export function sentLate(submission: { submittedAt: Date }, request: { deadline: Date }): boolean {
  return submission.submittedAt > request.deadline;
}

function assertOpen(status: MeetingStatus): void {
  if (CLOSED.includes(status)) {
    // Reports are collected before the meeting and while it runs, not once it is over.
    throw conflict(ErrorReason.MEETING_CLOSED, { status }, { status });
  }
}
