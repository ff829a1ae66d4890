import { Field, Int, ObjectType } from 'type-graphql';
import { Attendance } from './participant.entity';

@ObjectType({ description: 'Attendance of a meeting or of one connection point' })
export class AttendanceCounts {
  @Field(() => Int, { description: 'The headcount the connection points announced (expectedAttendance)' })
  planned = 0;

  @Field(() => Int, { description: 'Registered participants not yet checked in or marked absent' })
  expected = 0;

  @Field(() => Int)
  present = 0;

  @Field(() => Int)
  absent = 0;

  @Field(() => Int)
  excused = 0;

  @Field(() => Int, { description: 'Registered participants' })
  total = 0;
}

const FIELD: Record<Attendance, 'expected' | 'present' | 'absent' | 'excused'> = {
  [Attendance.EXPECTED]: 'expected',
  [Attendance.PRESENT]: 'present',
  [Attendance.ABSENT]: 'absent',
  [Attendance.EXCUSED]: 'excused',
};

/** Adds `n` participants with `attendance` to `counts`. */
export function tally(counts: AttendanceCounts, attendance: Attendance, n: number): void {
  counts[FIELD[attendance]] += n;
  counts.total += n;
}
