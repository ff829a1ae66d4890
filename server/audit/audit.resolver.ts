import { Arg, Ctx, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Context } from '../graphql/context';
import { Connection } from '../graphql/connection';
import { AuditRecord } from './audit-record.entity';

@ObjectType()
export class AuditRecordConnection extends Connection(AuditRecord) {}

@Resolver(() => AuditRecord)
export class AuditResolver {
  @Query(() => AuditRecordConnection, {
    description: 'ADMIN: the audit log of sign-ins and user accounts, newest first',
  })
  auditLog(
    @Arg('userId', () => ID, { nullable: true, description: 'Only the records about this account' })
    userId: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: 20 by default, at most 100' })
    first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<AuditRecordConnection> {
    return ctx.services.userCommands.list(ctx.actor, userId, { first, after });
  }
}
