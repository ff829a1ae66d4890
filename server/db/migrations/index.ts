import { Initial1795497869789 as SqliteInitial1795497869789 } from './sqlite/1795497869789-Initial';
import { MeetingCancelReason1795498394376 as SqliteMeetingCancelReason1795498394376 } from './sqlite/1795498394376-MeetingCancelReason';
import { LongText1796193619862 as SqliteLongText1796193619862 } from './sqlite/1796193619862-LongText';
import { SpeechPause1796197715139 as SqliteSpeechPause1796197715139 } from './sqlite/1796197715139-SpeechPause';
import { SearchKeys1796211653736 as SqliteSearchKeys1796211653736 } from './sqlite/1796211653736-SearchKeys';
import { SpeechUnit1796211782858 as SqliteSpeechUnit1796211782858 } from './sqlite/1796211782858-SpeechUnit';
import { BriefingCycle1796211926240 as SqliteBriefingCycle1796211926240 } from './sqlite/1796211926240-BriefingCycle';
import { NoticeDetailsAndUnitNames1796212114494 as SqliteNoticeDetailsAndUnitNames1796212114494 } from './sqlite/1796212114494-NoticeDetailsAndUnitNames';
import { Webhooks1796213435969 as SqliteWebhooks1796213435969 } from './sqlite/1796213435969-Webhooks';
import { AuditLog1796214848470 as SqliteAuditLog1796214848470 } from './sqlite/1796214848470-AuditLog';
import { Minutes1796215045951 as SqliteMinutes1796215045951 } from './sqlite/1796215045951-Minutes';
import { ReportRequests1796217621702 as SqliteReportRequests1796217621702 } from './sqlite/1796217621702-ReportRequests';
import { Files1796229619000 as SqliteFiles1796229619000 } from './sqlite/1796229619000-Files';
import { DirectiveReminders1796283767972 as SqliteDirectiveReminders1796283767972 } from './sqlite/1796283767972-DirectiveReminders';
import { AgendaFiles1796284055688 as SqliteAgendaFiles1796284055688 } from './sqlite/1796284055688-AgendaFiles';
import { UnitSiblingsKey1796284268609 as SqliteUnitSiblingsKey1796284268609 } from './sqlite/1796284268609-UnitSiblingsKey';
import { Initial1795497869789 as MysqlInitial1795497869789 } from './mysql/1795497869789-Initial';
import { MeetingCancelReason1795498394376 as MysqlMeetingCancelReason1795498394376 } from './mysql/1795498394376-MeetingCancelReason';
import { LongText1796193619862 as MysqlLongText1796193619862 } from './mysql/1796193619862-LongText';
import { SpeechPause1796197715139 as MysqlSpeechPause1796197715139 } from './mysql/1796197715139-SpeechPause';
import { SearchKeys1796211653736 as MysqlSearchKeys1796211653736 } from './mysql/1796211653736-SearchKeys';
import { SpeechUnit1796211782858 as MysqlSpeechUnit1796211782858 } from './mysql/1796211782858-SpeechUnit';
import { BriefingCycle1796211926240 as MysqlBriefingCycle1796211926240 } from './mysql/1796211926240-BriefingCycle';
import { NoticeDetailsAndUnitNames1796212114494 as MysqlNoticeDetailsAndUnitNames1796212114494 } from './mysql/1796212114494-NoticeDetailsAndUnitNames';
import { Webhooks1796213435969 as MysqlWebhooks1796213435969 } from './mysql/1796213435969-Webhooks';
import { AuditLog1796214848470 as MysqlAuditLog1796214848470 } from './mysql/1796214848470-AuditLog';
import { Minutes1796215045951 as MysqlMinutes1796215045951 } from './mysql/1796215045951-Minutes';
import { ReportRequests1796217621702 as MysqlReportRequests1796217621702 } from './mysql/1796217621702-ReportRequests';
import { Files1796229619000 as MysqlFiles1796229619000 } from './mysql/1796229619000-Files';
import { DirectiveReminders1796283767972 as MysqlDirectiveReminders1796283767972 } from './mysql/1796283767972-DirectiveReminders';
import { AgendaFiles1796284055688 as MysqlAgendaFiles1796284055688 } from './mysql/1796284055688-AgendaFiles';
import { UnitSiblingsKey1796284268609 as MysqlUnitSiblingsKey1796284268609 } from './mysql/1796284268609-UnitSiblingsKey';

/** Migrations per dialect, listed explicitly so that they load the same from TypeScript and from dist/. */
export const sqliteMigrations: (new () => unknown)[] = [
  SqliteInitial1795497869789,
  SqliteMeetingCancelReason1795498394376,
  SqliteLongText1796193619862,
  SqliteSpeechPause1796197715139,
  SqliteSearchKeys1796211653736,
  SqliteSpeechUnit1796211782858,
  SqliteBriefingCycle1796211926240,
  SqliteNoticeDetailsAndUnitNames1796212114494,
  SqliteWebhooks1796213435969,
  SqliteAuditLog1796214848470,
  SqliteMinutes1796215045951,
  SqliteReportRequests1796217621702,
  SqliteFiles1796229619000,
  SqliteDirectiveReminders1796283767972,
  SqliteAgendaFiles1796284055688,
  SqliteUnitSiblingsKey1796284268609,
];
export const mysqlMigrations: (new () => unknown)[] = [
  MysqlInitial1795497869789,
  MysqlMeetingCancelReason1795498394376,
  MysqlLongText1796193619862,
  MysqlSpeechPause1796197715139,
  MysqlSearchKeys1796211653736,
  MysqlSpeechUnit1796211782858,
  MysqlBriefingCycle1796211926240,
  MysqlNoticeDetailsAndUnitNames1796212114494,
  MysqlWebhooks1796213435969,
  MysqlAuditLog1796214848470,
  MysqlMinutes1796215045951,
  MysqlReportRequests1796217621702,
  MysqlFiles1796229619000,
  MysqlDirectiveReminders1796283767972,
  MysqlAgendaFiles1796284055688,
  MysqlUnitSiblingsKey1796284268609,
];
