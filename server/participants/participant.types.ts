import { Field, Int, ObjectType } from 'type-graphql';
import type { AttendanceCounts } from './attendance';

@ObjectType('AttendanceCounts', { description: 'Attendance of a meeting or of one connection point' })
export class AttendanceCountsObject implements AttendanceCounts {
  @Field(() => Int, { description: 'The headcount the connection points announced (expectedAttendance)' })
  planned!: number;

  @Field(() => Int, { description: 'Registered participants not yet checked in or marked absent' })
  expected!: number;

  @Field(() => Int)
  present!: number;

  @Field(() => Int)
  absent!: number;

  @Field(() => Int)
  excused!: number;

  @Field(() => Int, { description: 'Registered participants' })
  total!: number;
}
