import { Router } from 'express';
import type { AuthService } from '../auth/auth.service';
import { badInput, ErrorReason } from '../common/errors';
import { DirectiveRegister, XLSX_TYPE } from '../directives/directive-register';
import { DirectiveStatus } from '../directives/directive.entity';
import { domainRoute } from './domain-route';

const STATUSES = Object.values(DirectiveStatus) as string[];

/** A query parameter given once, as text (absent: null). */
function param(value: unknown, name: string): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string') throw badInput(name, ErrorReason.INVALID_VALUE);
  return value;
}

/**
 * `GET /directives/export?format=xlsx[&organizerId=…][&meetingId=…][&status=OPEN,IN_PROGRESS]`: the
 * register of the directives the caller sees, for the office, as an attachment.
 */
export function directivesExportRouter(auth: AuthService, register: DirectiveRegister): Router {
  const router = Router();
  router.get(
    '/directives/export',
    domainRoute(auth, async (actor, req, res) => {
      if ((param(req.query.format, 'format') ?? 'xlsx') !== 'xlsx') {
        throw badInput('format', ErrorReason.INVALID_VALUE);
      }
      const status = param(req.query.status, 'status')?.split(',');
      if (status?.some((s) => !STATUSES.includes(s))) throw badInput('status', ErrorReason.INVALID_VALUE);
      const body = await register.xlsx(actor, {
        organizerId: param(req.query.organizerId, 'organizerId'),
        meetingId: param(req.query.meetingId, 'meetingId'),
        status: status as DirectiveStatus[] | undefined,
      });
      res.set('cache-control', 'no-store').type(XLSX_TYPE).attachment('so-theo-doi-chi-dao.xlsx').send(body);
    }),
  );
  return router;
}
