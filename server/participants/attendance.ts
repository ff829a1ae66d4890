import { Attendance } from './participant.entity';

/** Attendance of a meeting or of one connection point. */
export class AttendanceCounts {
  /** The headcount the connection points announced (expectedAttendance). */
  planned = 0;
  /** Registered participants not yet checked in or marked absent. */
  expected = 0;
  present = 0;
  absent = 0;
  excused = 0;
  /** Registered participants. */
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
