import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795497869789 implements MigrationInterface {
  name = 'Initial1795497869789';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE `app_setting` (`key` varchar(64) NOT NULL, `value` text NOT NULL, PRIMARY KEY (`key`)) ENGINE=InnoDB',
    );
    await q.query(
      'CREATE TABLE `unit` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `name` varchar(255) NOT NULL, `level` varchar(16) NOT NULL, `parentId` varchar(36) NULL, UNIQUE INDEX `IDX_3ba0e4cb41fd2ee8f0850b78f7` (`parentId`, `name`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await q.query(
      'CREATE TABLE `user` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `username` varchar(64) NOT NULL, `passwordHash` varchar(255) NOT NULL, `role` varchar(16) NOT NULL, `displayName` varchar(255) NOT NULL, `unitId` varchar(36) NULL, `disabled` tinyint NOT NULL DEFAULT 0, UNIQUE INDEX `IDX_78a916df40e02a9deb1c4b75ed` (`username`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await q.query(
      "CREATE TABLE `meeting` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `title` varchar(500) NOT NULL, `kind` varchar(32) NOT NULL, `format` varchar(16) NOT NULL, `status` varchar(16) NOT NULL, `version` int NOT NULL DEFAULT '1', `planReference` varchar(500) NULL, `description` text NULL, `organizerId` varchar(36) NULL, `hostUnitId` varchar(36) NULL, `scheduledStart` datetime(3) NULL, `scheduledEnd` datetime(3) NULL, `startedAt` datetime(3) NULL, `endedAt` datetime(3) NULL, `cancelledAt` datetime(3) NULL, `lastEventSeq` int NOT NULL DEFAULT '0', `createdById` varchar(36) NULL, INDEX `IDX_481b60c87db0d1e7ee8e4b57d3` (`status`, `scheduledStart`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await q.query(
      'CREATE TABLE `meeting_host` (`meetingId` varchar(36) NOT NULL, `userId` varchar(36) NOT NULL, PRIMARY KEY (`meetingId`, `userId`)) ENGINE=InnoDB',
    );
    await q.query(
      "CREATE TABLE `connection_point` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `meetingId` varchar(36) NOT NULL, `unitId` varchar(36) NOT NULL, `role` varchar(8) NOT NULL, `hostKey` varchar(8) NULL, `name` varchar(255) NOT NULL, `location` varchar(255) NULL, `operatorName` varchar(255) NULL, `operatorContact` varchar(64) NULL, `presidingName` varchar(255) NULL, `expectedAttendance` int NOT NULL DEFAULT '0', `connectionState` varchar(16) NOT NULL DEFAULT 'NEVER_JOINED', `lastSeenAt` datetime(3) NULL, `accessCodeHash` varchar(64) NULL, `accessCodeIssuedAt` datetime(3) NULL, `accessGeneration` int NOT NULL DEFAULT '0', UNIQUE INDEX `IDX_8c2dbcaf25a389216b13e5c9ca` (`accessCodeHash`), UNIQUE INDEX `IDX_47b802b7516ef45824d0902642` (`meetingId`, `hostKey`), UNIQUE INDEX `IDX_93512c1b9c4f64a39ca3769ec1` (`meetingId`, `unitId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await q.query(
      "CREATE TABLE `participant` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `meetingId` varchar(36) NOT NULL, `connectionPointId` varchar(36) NOT NULL, `unitId` varchar(36) NULL, `name` varchar(255) NOT NULL, `position` varchar(255) NULL, `role` varchar(16) NOT NULL, `attendance` varchar(16) NOT NULL DEFAULT 'EXPECTED', `checkedInAt` datetime(3) NULL, `absenceReason` varchar(500) NULL, INDEX `IDX_735f316657bb271c267e84c83a` (`meetingId`, `connectionPointId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await q.query(
      "CREATE TABLE `agenda_item` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `meetingId` varchar(36) NOT NULL, `position` int NOT NULL, `title` varchar(500) NOT NULL, `kind` varchar(16) NOT NULL, `status` varchar(16) NOT NULL DEFAULT 'PENDING', `activeKey` varchar(8) NULL, `plannedMinutes` int NULL, `presenterId` varchar(36) NULL, `notes` text NULL, `documents` text NOT NULL, `startedAt` datetime(3) NULL, `endedAt` datetime(3) NULL, UNIQUE INDEX `IDX_a2edba1727aaa1eaa9d0a2c1ec` (`meetingId`, `activeKey`), INDEX `IDX_333f0984b6e739eff4e407d6df` (`meetingId`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await q.query(
      'CREATE TABLE `speech` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `meetingId` varchar(36) NOT NULL, `agendaItemId` varchar(36) NOT NULL, `participantId` varchar(36) NULL, `speakerName` varchar(255) NULL, `connectionPointId` varchar(36) NOT NULL, `kind` varchar(16) NOT NULL, `topic` varchar(500) NULL, `status` varchar(16) NOT NULL, `speakingKey` varchar(16) NULL, `queuePosition` int NULL, `timeLimitSeconds` int NOT NULL, `requestedAt` datetime(3) NOT NULL, `startedAt` datetime(3) NULL, `endedAt` datetime(3) NULL, `spokenSeconds` int NULL, `rejectionReason` varchar(500) NULL, `questionId` varchar(36) NULL, UNIQUE INDEX `IDX_495385f2a548d012ab9423b513` (`meetingId`, `speakingKey`), INDEX `IDX_7d621f13a6b3cbf353378685a0` (`agendaItemId`, `status`, `queuePosition`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await q.query(
      "CREATE TABLE `conclusion` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `meetingId` varchar(36) NOT NULL, `text` text NOT NULL, `version` int NOT NULL DEFAULT '1', `status` varchar(16) NOT NULL, `concludedById` varchar(36) NULL, `announcedAt` datetime(3) NULL, `noticeNumber` varchar(64) NULL, `noticeYear` int NULL, `organizerId` varchar(36) NULL, `publishedAt` datetime(3) NULL, `lastEditedById` varchar(36) NULL, UNIQUE INDEX `IDX_e788d7646407c83e079e3a15df` (`organizerId`, `noticeYear`, `noticeNumber`), UNIQUE INDEX `IDX_0dfc59fd2f8713a968758d2f80` (`meetingId`), UNIQUE INDEX `REL_0dfc59fd2f8713a968758d2f80` (`meetingId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await q.query(
      'CREATE TABLE `directive` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `meetingId` varchar(36) NOT NULL, `conclusionId` varchar(36) NOT NULL, `assigneeUnitId` varchar(36) NOT NULL, `task` text NOT NULL, `deadline` datetime(3) NULL, `status` varchar(16) NOT NULL, `sourceAgendaItemId` varchar(36) NULL, `completedAt` datetime(3) NULL, INDEX `IDX_1bacd92f435fde1a9636cc1b26` (`meetingId`), INDEX `IDX_3b7df2f1be04c04d19c6ab83ed` (`assigneeUnitId`, `status`, `deadline`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await q.query(
      'CREATE TABLE `directive_progress` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `directiveId` varchar(36) NOT NULL, `status` varchar(16) NOT NULL, `note` text NOT NULL, `reportedAt` datetime(3) NOT NULL, `reportedBy` varchar(255) NOT NULL, INDEX `IDX_ce001f3600b37a5abb59f9f94b` (`directiveId`, `reportedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await q.query(
      'CREATE TABLE `meeting_event` (`meetingId` varchar(36) NOT NULL, `seq` int NOT NULL, `type` varchar(48) NOT NULL, `at` datetime(3) NOT NULL, `actor` text NOT NULL, `subjectType` varchar(32) NOT NULL, `subjectId` varchar(36) NOT NULL, `subject` text NOT NULL, PRIMARY KEY (`meetingId`, `seq`)) ENGINE=InnoDB',
    );
    await q.query(
      'ALTER TABLE `unit` ADD CONSTRAINT `FK_5dd750900308d1d70a3848b92c1` FOREIGN KEY (`parentId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `user` ADD CONSTRAINT `FK_856a1f0347b672d3b8bb4693bd8` FOREIGN KEY (`unitId`) REFERENCES `unit`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `meeting` ADD CONSTRAINT `FK_5031880f1f2d9bab5dda6565792` FOREIGN KEY (`organizerId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `meeting` ADD CONSTRAINT `FK_9271620bcd30a10ed7a788959dc` FOREIGN KEY (`hostUnitId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `meeting_host` ADD CONSTRAINT `FK_666a6f445ac7b17d7af0c1af0fc` FOREIGN KEY (`meetingId`) REFERENCES `meeting`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `meeting_host` ADD CONSTRAINT `FK_61b367dcc5aecf73c44f545b337` FOREIGN KEY (`userId`) REFERENCES `user`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `connection_point` ADD CONSTRAINT `FK_02eb7a537be58910a0348f69cb4` FOREIGN KEY (`meetingId`) REFERENCES `meeting`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `connection_point` ADD CONSTRAINT `FK_fae1c0474bf729bf7f7b9bb1c11` FOREIGN KEY (`unitId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `participant` ADD CONSTRAINT `FK_0bbe6d3009d4852d3175e717fa3` FOREIGN KEY (`meetingId`) REFERENCES `meeting`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `participant` ADD CONSTRAINT `FK_4bdfee6dd5e3f89135847f802eb` FOREIGN KEY (`connectionPointId`) REFERENCES `connection_point`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `participant` ADD CONSTRAINT `FK_d9fc8ecb10ee71a590109d449b1` FOREIGN KEY (`unitId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `agenda_item` ADD CONSTRAINT `FK_28bc9d0411e9396fd1a0eb9e497` FOREIGN KEY (`meetingId`) REFERENCES `meeting`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `agenda_item` ADD CONSTRAINT `FK_e8a4f13b73460319c891930ebed` FOREIGN KEY (`presenterId`) REFERENCES `participant`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `speech` ADD CONSTRAINT `FK_967e707bedd925870604027e5da` FOREIGN KEY (`meetingId`) REFERENCES `meeting`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `speech` ADD CONSTRAINT `FK_1da034987e69294f15db9cc7016` FOREIGN KEY (`agendaItemId`) REFERENCES `agenda_item`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `speech` ADD CONSTRAINT `FK_de5b86452609dece35981aad39f` FOREIGN KEY (`participantId`) REFERENCES `participant`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `speech` ADD CONSTRAINT `FK_71f245161d15a35b52d717b4fb4` FOREIGN KEY (`connectionPointId`) REFERENCES `connection_point`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `speech` ADD CONSTRAINT `FK_7fd682319be1a83440783da4acb` FOREIGN KEY (`questionId`) REFERENCES `speech`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `conclusion` ADD CONSTRAINT `FK_0dfc59fd2f8713a968758d2f80c` FOREIGN KEY (`meetingId`) REFERENCES `meeting`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `conclusion` ADD CONSTRAINT `FK_1d2c2cfd90184a621836e5b63d5` FOREIGN KEY (`concludedById`) REFERENCES `participant`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `directive` ADD CONSTRAINT `FK_1bacd92f435fde1a9636cc1b26b` FOREIGN KEY (`meetingId`) REFERENCES `meeting`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `directive` ADD CONSTRAINT `FK_a78e4393ed633e1d679b42daeee` FOREIGN KEY (`conclusionId`) REFERENCES `conclusion`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `directive` ADD CONSTRAINT `FK_ec1269e05a5f2bdcd2f0cbb3b99` FOREIGN KEY (`assigneeUnitId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `directive` ADD CONSTRAINT `FK_76a5e212e0f8ea805bf26d68980` FOREIGN KEY (`sourceAgendaItemId`) REFERENCES `agenda_item`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `directive_progress` ADD CONSTRAINT `FK_bd36a92cd9138e5cfa5d8c2703b` FOREIGN KEY (`directiveId`) REFERENCES `directive`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `meeting_event` ADD CONSTRAINT `FK_fbe0e4264e9a2d40fcc71bf0047` FOREIGN KEY (`meetingId`) REFERENCES `meeting`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `meeting_event` DROP FOREIGN KEY `FK_fbe0e4264e9a2d40fcc71bf0047`');
    await q.query('ALTER TABLE `directive_progress` DROP FOREIGN KEY `FK_bd36a92cd9138e5cfa5d8c2703b`');
    await q.query('ALTER TABLE `directive` DROP FOREIGN KEY `FK_76a5e212e0f8ea805bf26d68980`');
    await q.query('ALTER TABLE `directive` DROP FOREIGN KEY `FK_ec1269e05a5f2bdcd2f0cbb3b99`');
    await q.query('ALTER TABLE `directive` DROP FOREIGN KEY `FK_a78e4393ed633e1d679b42daeee`');
    await q.query('ALTER TABLE `directive` DROP FOREIGN KEY `FK_1bacd92f435fde1a9636cc1b26b`');
    await q.query('ALTER TABLE `conclusion` DROP FOREIGN KEY `FK_1d2c2cfd90184a621836e5b63d5`');
    await q.query('ALTER TABLE `conclusion` DROP FOREIGN KEY `FK_0dfc59fd2f8713a968758d2f80c`');
    await q.query('ALTER TABLE `speech` DROP FOREIGN KEY `FK_7fd682319be1a83440783da4acb`');
    await q.query('ALTER TABLE `speech` DROP FOREIGN KEY `FK_71f245161d15a35b52d717b4fb4`');
    await q.query('ALTER TABLE `speech` DROP FOREIGN KEY `FK_de5b86452609dece35981aad39f`');
    await q.query('ALTER TABLE `speech` DROP FOREIGN KEY `FK_1da034987e69294f15db9cc7016`');
    await q.query('ALTER TABLE `speech` DROP FOREIGN KEY `FK_967e707bedd925870604027e5da`');
    await q.query('ALTER TABLE `agenda_item` DROP FOREIGN KEY `FK_e8a4f13b73460319c891930ebed`');
    await q.query('ALTER TABLE `agenda_item` DROP FOREIGN KEY `FK_28bc9d0411e9396fd1a0eb9e497`');
    await q.query('ALTER TABLE `participant` DROP FOREIGN KEY `FK_d9fc8ecb10ee71a590109d449b1`');
    await q.query('ALTER TABLE `participant` DROP FOREIGN KEY `FK_4bdfee6dd5e3f89135847f802eb`');
    await q.query('ALTER TABLE `participant` DROP FOREIGN KEY `FK_0bbe6d3009d4852d3175e717fa3`');
    await q.query('ALTER TABLE `connection_point` DROP FOREIGN KEY `FK_fae1c0474bf729bf7f7b9bb1c11`');
    await q.query('ALTER TABLE `connection_point` DROP FOREIGN KEY `FK_02eb7a537be58910a0348f69cb4`');
    await q.query('ALTER TABLE `meeting_host` DROP FOREIGN KEY `FK_61b367dcc5aecf73c44f545b337`');
    await q.query('ALTER TABLE `meeting_host` DROP FOREIGN KEY `FK_666a6f445ac7b17d7af0c1af0fc`');
    await q.query('ALTER TABLE `meeting` DROP FOREIGN KEY `FK_9271620bcd30a10ed7a788959dc`');
    await q.query('ALTER TABLE `meeting` DROP FOREIGN KEY `FK_5031880f1f2d9bab5dda6565792`');
    await q.query('ALTER TABLE `user` DROP FOREIGN KEY `FK_856a1f0347b672d3b8bb4693bd8`');
    await q.query('ALTER TABLE `unit` DROP FOREIGN KEY `FK_5dd750900308d1d70a3848b92c1`');
    await q.query('DROP TABLE `meeting_event`');
    await q.query('DROP INDEX `IDX_ce001f3600b37a5abb59f9f94b` ON `directive_progress`');
    await q.query('DROP TABLE `directive_progress`');
    await q.query('DROP INDEX `IDX_3b7df2f1be04c04d19c6ab83ed` ON `directive`');
    await q.query('DROP INDEX `IDX_1bacd92f435fde1a9636cc1b26` ON `directive`');
    await q.query('DROP TABLE `directive`');
    await q.query('DROP INDEX `REL_0dfc59fd2f8713a968758d2f80` ON `conclusion`');
    await q.query('DROP INDEX `IDX_0dfc59fd2f8713a968758d2f80` ON `conclusion`');
    await q.query('DROP INDEX `IDX_e788d7646407c83e079e3a15df` ON `conclusion`');
    await q.query('DROP TABLE `conclusion`');
    await q.query('DROP INDEX `IDX_7d621f13a6b3cbf353378685a0` ON `speech`');
    await q.query('DROP INDEX `IDX_495385f2a548d012ab9423b513` ON `speech`');
    await q.query('DROP TABLE `speech`');
    await q.query('DROP INDEX `IDX_333f0984b6e739eff4e407d6df` ON `agenda_item`');
    await q.query('DROP INDEX `IDX_a2edba1727aaa1eaa9d0a2c1ec` ON `agenda_item`');
    await q.query('DROP TABLE `agenda_item`');
    await q.query('DROP INDEX `IDX_735f316657bb271c267e84c83a` ON `participant`');
    await q.query('DROP TABLE `participant`');
    await q.query('DROP INDEX `IDX_93512c1b9c4f64a39ca3769ec1` ON `connection_point`');
    await q.query('DROP INDEX `IDX_47b802b7516ef45824d0902642` ON `connection_point`');
    await q.query('DROP INDEX `IDX_8c2dbcaf25a389216b13e5c9ca` ON `connection_point`');
    await q.query('DROP TABLE `connection_point`');
    await q.query('DROP TABLE `meeting_host`');
    await q.query('DROP INDEX `IDX_481b60c87db0d1e7ee8e4b57d3` ON `meeting`');
    await q.query('DROP TABLE `meeting`');
    await q.query('DROP INDEX `IDX_78a916df40e02a9deb1c4b75ed` ON `user`');
    await q.query('DROP TABLE `user`');
    await q.query('DROP INDEX `IDX_3ba0e4cb41fd2ee8f0850b78f7` ON `unit`');
    await q.query('DROP TABLE `unit`');
    await q.query('DROP TABLE `app_setting`');
  }
}
