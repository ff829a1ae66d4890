import { Initial1795497869789 as SqliteInitial1795497869789 } from './sqlite/1795497869789-Initial';
import { MeetingCancelReason1795498394376 as SqliteMeetingCancelReason1795498394376 } from './sqlite/1795498394376-MeetingCancelReason';
import { LongText1796193619862 as SqliteLongText1796193619862 } from './sqlite/1796193619862-LongText';
import { SpeechPause1796197715139 as SqliteSpeechPause1796197715139 } from './sqlite/1796197715139-SpeechPause';
import { BriefingCycle1796211926240 as SqliteBriefingCycle1796211926240 } from './sqlite/1796211926240-BriefingCycle';
import { ReportRequests1796217621702 as SqliteReportRequests1796217621702 } from './sqlite/1796217621702-ReportRequests';
import { Initial1795497869789 as MysqlInitial1795497869789 } from './mysql/1795497869789-Initial';
import { MeetingCancelReason1795498394376 as MysqlMeetingCancelReason1795498394376 } from './mysql/1795498394376-MeetingCancelReason';
import { LongText1796193619862 as MysqlLongText1796193619862 } from './mysql/1796193619862-LongText';
import { SpeechPause1796197715139 as MysqlSpeechPause1796197715139 } from './mysql/1796197715139-SpeechPause';
import { BriefingCycle1796211926240 as MysqlBriefingCycle1796211926240 } from './mysql/1796211926240-BriefingCycle';
import { ReportRequests1796217621702 as MysqlReportRequests1796217621702 } from './mysql/1796217621702-ReportRequests';

/** Migrations per dialect, listed explicitly so that they load the same from TypeScript and from dist/. */
export const sqliteMigrations: (new () => unknown)[] = [
  SqliteInitial1795497869789,
  SqliteMeetingCancelReason1795498394376,
  SqliteLongText1796193619862,
  SqliteSpeechPause1796197715139,
  SqliteBriefingCycle1796211926240,
  SqliteReportRequests1796217621702,
];
export const mysqlMigrations: (new () => unknown)[] = [
  MysqlInitial1795497869789,
  MysqlMeetingCancelReason1795498394376,
  MysqlLongText1796193619862,
  MysqlSpeechPause1796197715139,
  MysqlBriefingCycle1796211926240,
  MysqlReportRequests1796217621702,
];
