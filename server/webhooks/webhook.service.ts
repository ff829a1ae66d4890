import { In } from 'typeorm';
import { Actor, UserActor } from '../auth/actor';
import { Role } from '../auth/user.entity';
import { assertAdmin, canManageMeeting, requireActor } from '../access/access';
import { assertSeeMeeting } from '../access/reach-sql';
import { badInput, ErrorReason, forbidden, notFound } from '../common/errors';
import { assertId, assertOptionalId } from '../common/ids';
import { assertRoom } from '../common/list-caps';
import { Database } from '../db/database';
import { MeetingEventType } from '../events/event-type';
import { Meeting, MeetingHost } from '../meetings/meeting.entity';
import { Unit } from '../units/unit.entity';
import { isWebhookSecret } from './signature';
import { checkRegisteredUrl, TargetPolicy } from './target-guard';
import { Webhook, WebhookStream } from './webhook.entity';

export type NewWebhook = {
  url: string;
  meetingId?: string | null;
  organizerUnitId?: string | null;
  eventTypes?: MeetingEventType[] | null;
  secret: string;
};

/** Webhooks on the server (each is POSTed to for every event of its meetings). */
export const WEBHOOKS_MAX = 200;
/** A webhook's deliveries listed: those of its most recently active meetings. */
export const DELIVERIES_LISTED = 100;

/**
 * Webhooks: registered by a meeting's hosts (for that meeting) or by ADMIN (also for an organizer
 * unit), seen and deleted by who registered them and by ADMIN. Delivery is webhook-dispatcher.ts's.
 */
export class WebhookService {
  constructor(
    private readonly db: Database,
    private readonly policy: TargetPolicy,
    /** Tells the dispatcher there is something to deliver now. */
    private readonly wake: () => void,
  ) {}

  async create(actor: Actor | null, input: NewWebhook): Promise<Webhook> {
    const a = userActor(actor);
    assertOptionalId('input.meetingId', input.meetingId);
    assertOptionalId('input.organizerUnitId', input.organizerUnitId);
    if (!input.meetingId === !input.organizerUnitId)
      throw badInput('input.meetingId', ErrorReason.ONE_OF, { other: 'input.organizerUnitId' });
    const url = await checkRegisteredUrl(input.url, this.policy);
    if (!isWebhookSecret(input.secret))
      // whsec_ and the base64 of 24 to 64 random bytes.
      throw badInput('input.secret', ErrorReason.INVALID_FORMAT, { example: 'whsec_…' });
    if (input.meetingId) await this.assertManage(a, input.meetingId);
    else {
      assertAdmin(a);
      const unit = await this.db.read((m) => m.exists(Unit, { where: { id: input.organizerUnitId! } }));
      if (!unit) throw notFound('Unit', input.organizerUnitId!);
    }
    const webhook = await this.db.transaction(async (m) => {
      assertRoom(await m.count(Webhook), WEBHOOKS_MAX, 'input.url', 'webhooks');
      return m.save(
        m.create(Webhook, {
          url,
          meetingId: input.meetingId ?? null,
          organizerUnitId: input.organizerUnitId ?? null,
          eventTypes: [...new Set(input.eventTypes ?? [])],
          secret: input.secret,
          createdById: a.userId,
        }),
      );
    });
    this.wake();
    return webhook;
  }

  /** ADMIN's: every webhook; a host's: those they registered. */
  async list(actor: Actor | null): Promise<Webhook[]> {
    const a = userActor(actor);
    return this.db.read((m) =>
      m.find(Webhook, {
        where: a.role === Role.ADMIN ? {} : { createdById: a.userId },
        order: { createdAt: 'ASC' },
      }),
    );
  }

  async delete(actor: Actor | null, id: string): Promise<Webhook> {
    const webhook = await this.own(actor, id);
    await this.db.transaction((m) => m.delete(Webhook, { id }));
    return webhook;
  }

  /**
   * Delivers the event `seq` again, then those after it, in order (a receiver drops what it has by
   * `webhook-id`). A webhook of an organizer unit needs the meeting.
   */
  async redeliver(
    actor: Actor | null,
    webhookId: string,
    seq: number,
    meetingId: string | null | undefined,
  ): Promise<WebhookStream> {
    const webhook = await this.own(actor, webhookId);
    assertOptionalId('meetingId', meetingId);
    const target = webhook.meetingId ?? meetingId;
    if (!target)
      // A webhook of an organizer unit redelivers the events of one meeting.
      throw badInput('meetingId', ErrorReason.REQUIRED);
    const stream = await this.db.transaction(async (m) => {
      const meeting = await m.findOne(Meeting, { where: { id: target } });
      if (!meeting || (webhook.meetingId ? false : meeting.organizerId !== webhook.organizerUnitId))
        throw notFound('Meeting', target);
      if (seq < 1 || seq > meeting.lastEventSeq)
        throw badInput('seq', ErrorReason.OUT_OF_RANGE, { min: 1, max: meeting.lastEventSeq });
      const found = await m.findOne(WebhookStream, { where: { webhookId, meetingId: target } });
      const rewound = m.create(WebhookStream, { webhookId, meetingId: target, deliveredSeq: seq - 1 });
      if (!found) return m.save(rewound);
      found.deliveredSeq = Math.min(found.deliveredSeq, seq - 1);
      Object.assign(found, { attempts: 0, nextAttemptAt: null });
      return m.save(found);
    });
    this.wake();
    return stream;
  }

  /** The deliveries of each webhook, most recently active meetings first. */
  async deliveries(webhookIds: readonly string[]): Promise<WebhookStream[]> {
    if (webhookIds.length === 0) return [];
    const streams = await this.db.read((m) =>
      m.find(WebhookStream, { where: { webhookId: In([...webhookIds]) }, order: { updatedAt: 'DESC' } }),
    );
    const counted = new Map<string, number>();
    return streams.filter((s) => {
      const n = (counted.get(s.webhookId) ?? 0) + 1;
      counted.set(s.webhookId, n);
      return n <= DELIVERIES_LISTED;
    });
  }

  /** The webhook, if the actor registered it or is ADMIN; else NOT_FOUND. */
  private async own(actor: Actor | null, id: string): Promise<Webhook> {
    const a = userActor(actor);
    assertId('id', id);
    const webhook = await this.db.read((m) => m.findOne(Webhook, { where: { id } }));
    if (!webhook || (a.role !== Role.ADMIN && webhook.createdById !== a.userId))
      throw notFound('Webhook', id);
    return webhook;
  }

  private async assertManage(a: UserActor, meetingId: string): Promise<void> {
    await assertSeeMeeting(this.db, a, meetingId);
    const hosts = await this.db.read((m) => m.find(MeetingHost, { where: { meetingId } }));
    if (!canManageMeeting(a, { id: meetingId, hostIds: hosts.map((h) => h.userId) }))
      throw forbidden('Only the hosts of this meeting may register its webhooks');
  }
}

/** Webhooks are users' (a site's token manages none). */
function userActor(actor: Actor | null): UserActor {
  const a = requireActor(actor);
  if (a.kind !== 'user') throw forbidden('A site does not manage webhooks');
  return a;
}
