import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { LIST_CAPS } from '../common/list-caps';
import { RequiredText } from '../common/validation';
import type { NewReportRequest, NewReportSubmission } from './report.service';

/** A report is stored as TEXT: 65,535 bytes, up to 4 per character in utf8mb4. */
const REPORT_TEXT_MAX = 12_000;

@InputType()
export class RequestReportsInput implements NewReportRequest {
  @Field(() => ID)
  meetingId!: string;

  @Field()
  @RequiredText(255)
  title!: string;

  @Field({ description: 'By when the units send their reports' })
  deadline!: Date;

  @Field(() => [ID], { description: "The units asked: units of the meeting's connection points" })
  @ArrayMaxSize(LIST_CAPS.connectionPointsPerMeeting)
  unitIds!: string[];
}

@InputType()
export class SubmitReportInput implements NewReportSubmission {
  @Field(() => ID)
  requestId!: string;

  @Field({ description: "The report of the sender's own unit; sent again, it replaces the earlier" })
  @RequiredText(REPORT_TEXT_MAX)
  text!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Files uploaded by the sender (POST /files) to attach; they replace the earlier ones',
  })
  @IsOptional()
  @ArrayMaxSize(LIST_CAPS.filesPerReport)
  fileIds?: string[] | null;
}
