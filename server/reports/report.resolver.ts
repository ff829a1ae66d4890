import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Context } from '../graphql/context';
import { loadOptional } from '../graphql/loaders';
import { Meeting } from '../meetings/meeting.entity';
import { Unit } from '../units/unit.entity';
import { ReportRequest, ReportSubmission } from './report.entity';
import { StoredFile } from '../files/stored-file.entity';
import { RequestReportsInput, SubmitReportInput } from './report.inputs';
import { sentLate } from './report.service';

@Resolver(() => ReportRequest)
export class ReportRequestResolver {
  @Mutation(() => ReportRequest, {
    description: "Hosts: asks units of the meeting's connection points for a report, by a deadline",
  })
  requestReports(@Arg('input') input: RequestReportsInput, @Ctx() ctx: Context): Promise<ReportRequest> {
    return ctx.services.reports.request(ctx.actor, input);
  }

  @Mutation(() => ReportSubmission, {
    description: "A unit's site (its code or its standing account) sends the unit's own report",
  })
  submitReport(@Arg('input') input: SubmitReportInput, @Ctx() ctx: Context): Promise<ReportSubmission> {
    return ctx.services.reports.submit(ctx.actor, input);
  }

  @FieldResolver(() => [ReportSubmission], { description: 'The reports sent, first sent first' })
  submissions(@Root() request: ReportRequest, @Ctx() ctx: Context): Promise<ReportSubmission[]> {
    return ctx.loaders.submissionsByReportRequest.load(request.id);
  }

  @FieldResolver(() => [Unit], { description: 'The units asked that have sent nothing yet' })
  async missingUnits(@Root() request: ReportRequest, @Ctx() ctx: Context): Promise<Unit[]> {
    const sent = new Set(
      (await ctx.loaders.submissionsByReportRequest.load(request.id)).map((s) => s.unitId),
    );
    const missing = request.unitIds.filter((id) => !sent.has(id));
    const units = await Promise.all(missing.map((id) => loadOptional(ctx.loaders.unitById, id)));
    return units.filter((u): u is Unit => u !== null);
  }
}

@Resolver(() => ReportSubmission)
export class ReportSubmissionResolver {
  @FieldResolver(() => Unit)
  async unit(@Root() s: ReportSubmission, @Ctx() ctx: Context): Promise<Unit | null> {
    return loadOptional(ctx.loaders.unitById, s.unitId);
  }

  @FieldResolver(() => [StoredFile], {
    description: 'The files sent with it (GET /files/:id), first uploaded first',
  })
  files(@Root() s: ReportSubmission, @Ctx() ctx: Context): Promise<StoredFile[]> {
    return ctx.loaders.filesBySubmission.load(s.id);
  }

  @FieldResolver(() => Boolean, { description: "Sent after the request's deadline" })
  async late(@Root() s: ReportSubmission, @Ctx() ctx: Context): Promise<boolean> {
    const requests = await ctx.loaders.reportRequestsByMeeting.load(s.meetingId);
    const request = requests.find((r) => r.id === s.requestId);
    return request ? sentLate(s, request) : false;
  }
}

@Resolver(() => Meeting)
export class MeetingReportsResolver {
  @FieldResolver(() => [ReportRequest], { description: 'The reports asked of its units, oldest first' })
  reportRequests(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<ReportRequest[]> {
    return ctx.loaders.reportRequestsByMeeting.load(meeting.id);
  }
}
