import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../graphql/context';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingReport } from './meeting-report.types';

@Resolver(() => Meeting)
export class MeetingReportResolver {
  @FieldResolver(() => MeetingReport, {
    description: 'The report: planned vs actual time, speaking time, attendance and connection per point',
  })
  async report(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<MeetingReport> {
    const report = await ctx.services.meetingReports.ofMeeting(ctx.actor, meeting.id);
    return { ...report, url: `/meetings/${meeting.id}/report` };
  }
}
