import { In } from 'typeorm';
import { Actor } from '../auth/actor';
import { badInput, conflict, ErrorReason } from '../common/errors';
import { assertRoom, LIST_CAPS } from '../common/list-caps';
import { assertOptionalId } from '../common/ids';
import { httpLink } from '../common/validation';
import { Database } from '../db/database';
import type { FileService } from '../files/file.service';
import { CommandContext, MeetingCommands } from '../events/meeting-commands';
import { MeetingEventType } from '../events/event-type';
import { Participant } from '../participants/participant.entity';
import { AgendaItem, AgendaItemKind, AgendaItemStatus } from './agenda-item.entity';
import { ACTIVE_KEY, activeItem, completeItem } from './live-activity';
import { assertHostMay, LiveAction } from '../meetings/meeting-status';
import { assertPosition, change, itemState, placeAt, saveOrder } from '../events/command-rows';

/** A new item of the agenda; `position` 1..n+1, last by default. */
export type NewAgendaItem = {
  meetingId: string;
  title: string;
  kind: AgendaItemKind;
  plannedMinutes?: number | null;
  presenterId?: string | null;
  notes?: string | null;
  documents?: string[] | null;
  position?: number | null;
  /** Files uploaded by the actor, attached to the item. */
  fileIds?: string[] | null;
  videoUrl?: string | null;
};

/** An edit of an item: fields left out stay as they are; null clears the optional ones. */
export type AgendaItemEdit = {
  id: string;
  title?: string | null;
  kind?: AgendaItemKind | null;
  plannedMinutes?: number | null;
  presenterId?: string | null;
  notes?: string | null;
  documents?: string[] | null;
  /** The item's files from now on (uploaded by the actor); [] removes them. */
  fileIds?: string[] | null;
  videoUrl?: string | null;
};

function assertStatus(item: AgendaItem, allowed: AgendaItemStatus[], what: string): void {
  if (!allowed.includes(item.status)) {
    throw conflict(ErrorReason.ITEM_STATUS_FORBIDS, itemState(item), { action: what, status: item.status });
  }
}

/**
 * The agenda (nội dung chương trình): items kept in dense order 1..n, and run one at a time; an
 * item's documents are uploaded files attached to it (read like the meeting), or names and links.
 */
export class AgendaService {
  constructor(
    private readonly commands: MeetingCommands,
    private readonly db: Database,
    private readonly files: FileService,
  ) {}

  add(actor: Actor | null, input: NewAgendaItem): Promise<AgendaItem> {
    return this.commands.run(
      actor,
      input.meetingId,
      async (c) => {
        assertHostMay(actor, c, LiveAction.EDIT_AGENDA);
        await this.assertPresenter(c, input.presenterId);
        const agenda = await this.agendaOf(c);
        assertRoom(
          agenda.length,
          LIST_CAPS.agendaItemsPerMeeting,
          'input.meetingId',
          'agenda items in a meeting',
        );
        const position = input.position ?? agenda.length + 1;
        assertPosition('input.position', position, agenda.length + 1);
        const item = await c.manager.save(
          c.manager.create(AgendaItem, {
            meetingId: c.id,
            position,
            title: input.title,
            kind: input.kind,
            status: AgendaItemStatus.PENDING,
            activeKey: null,
            plannedMinutes: input.plannedMinutes ?? null,
            presenterId: input.presenterId ?? null,
            notes: input.notes ?? null,
            documents: input.documents ?? [],
            videoUrl: input.videoUrl ? httpLink('input.videoUrl', input.videoUrl) : null,
            startedAt: null,
            endedAt: null,
            createdAt: c.now,
          }),
        );
        if (input.fileIds?.length) await this.attachFiles(c, item, input.fileIds);
        await saveOrder(c, AgendaItem, placeAt(agenda, item, position), 'position');
        c.emit(MeetingEventType.AGENDA_ITEM_ADDED, item);
        return item;
      },
      'input.meetingId',
    );
  }

  update(actor: Actor | null, input: AgendaItemEdit): Promise<AgendaItem> {
    return this.commands.runOn(
      actor,
      AgendaItem,
      input.id,
      async (c, item) => {
        assertHostMay(actor, c, LiveAction.EDIT_AGENDA);
        const patch = await this.patchOf(c, input);
        if (Object.keys(patch).length === 0 && !input.fileIds) return item;
        if (input.fileIds) await this.attachFiles(c, item, input.fileIds);
        await change(c, AgendaItem, item, patch);
        c.emit(MeetingEventType.AGENDA_ITEM_UPDATED, item);
        return item;
      },
      'input.id',
    );
  }

  /** Moves an item to `position` (1..n); returns the whole agenda in its new order. */
  move(actor: Actor | null, id: string, position: number): Promise<AgendaItem[]> {
    return this.commands.runOn(actor, AgendaItem, id, async (c, item) => {
      assertHostMay(actor, c, LiveAction.EDIT_AGENDA);
      const agenda = await this.agendaOf(c);
      assertPosition('position', position, agenda.length);
      const order = placeAt(agenda, item, position);
      await saveOrder(c, AgendaItem, order, 'position');
      c.emit(MeetingEventType.AGENDA_ITEM_MOVED, item);
      return order;
    });
  }

  /** Removes an item before the meeting starts; returns the rest of the agenda, re-numbered. */
  remove(actor: Actor | null, id: string): Promise<AgendaItem[]> {
    return this.commands.runOn(actor, AgendaItem, id, async (c, item) => {
      assertHostMay(actor, c, LiveAction.REMOVE_AGENDA_ITEM);
      await c.manager.delete(AgendaItem, { id: item.id });
      const rest = (await this.agendaOf(c)).filter((i) => i.id !== item.id);
      await saveOrder(c, AgendaItem, rest, 'position');
      c.emit(MeetingEventType.AGENDA_ITEM_REMOVED, item);
      return rest;
    });
  }

  /**
   * Starts an item. Only one item is active at a time: while another one is, this is refused with
   * CONFLICT carrying it, rather than completing it silently — the host completes it explicitly.
   * PENDING and SKIPPED items start (a skipped item may be taken up after all); a DONE item does
   * not start again (it is the record of what was done; add a new item to come back to it).
   */
  start(actor: Actor | null, id: string): Promise<AgendaItem> {
    return this.commands.runOn(actor, AgendaItem, id, async (c, item) => {
      assertHostMay(actor, c, LiveAction.START);
      assertStatus(item, [AgendaItemStatus.PENDING, AgendaItemStatus.SKIPPED], 'start');
      const active = await activeItem(c);
      if (active) {
        throw conflict(ErrorReason.ITEM_ALREADY_ACTIVE, {
          ...itemState(item),
          activeAgendaItem: itemState(active),
        });
      }
      await change(c, AgendaItem, item, {
        status: AgendaItemStatus.ACTIVE,
        activeKey: ACTIVE_KEY,
        startedAt: c.now,
        endedAt: null,
      });
      c.emit(MeetingEventType.AGENDA_ITEM_STARTED, item);
      return item;
    });
  }

  /** Completes the active item; a speech still on is ended first, in the same command. */
  complete(actor: Actor | null, id: string): Promise<AgendaItem> {
    return this.commands.runOn(actor, AgendaItem, id, async (c, item) => {
      assertHostMay(actor, c, LiveAction.STOP);
      assertStatus(item, [AgendaItemStatus.ACTIVE], 'complete');
      await completeItem(c, item);
      return item;
    });
  }

  skip(actor: Actor | null, id: string): Promise<AgendaItem> {
    return this.commands.runOn(actor, AgendaItem, id, async (c, item) => {
      assertHostMay(actor, c, LiveAction.STOP);
      assertStatus(item, [AgendaItemStatus.PENDING], 'skip');
      await change(c, AgendaItem, item, { status: AgendaItemStatus.SKIPPED });
      c.emit(MeetingEventType.AGENDA_ITEM_SKIPPED, item);
      return item;
    });
  }

  /** The agendas of meetings, each in order (for loaders). */
  byMeetings(meetingIds: readonly string[]): Promise<AgendaItem[]> {
    return this.db.read((m) =>
      m.find(AgendaItem, { where: { meetingId: In([...meetingIds]) }, order: { position: 'ASC' } }),
    );
  }

  byIds(ids: readonly string[]): Promise<AgendaItem[]> {
    return this.db.read((m) => m.find(AgendaItem, { where: { id: In([...ids]) } }));
  }

  private agendaOf(c: CommandContext): Promise<AgendaItem[]> {
    return c.manager.find(AgendaItem, { where: { meetingId: c.id }, order: { position: 'ASC' } });
  }

  /** A presenter must be a participant of the same meeting. */
  private async assertPresenter(c: CommandContext, presenterId: string | null | undefined): Promise<void> {
    assertOptionalId('input.presenterId', presenterId);
    if (
      presenterId &&
      !(await c.manager.exists(Participant, { where: { id: presenterId, meetingId: c.id } }))
    ) {
      throw badInput('input.presenterId', ErrorReason.NOT_IN_MEETING);
    }
  }

  /** Attaches the files (the item's earlier ones not among them are let go). */
  private attachFiles(c: CommandContext, item: AgendaItem, fileIds: readonly string[]): Promise<void> {
    return this.files.attach(c.manager, c.actor, 'agendaItemId', item.id, fileIds, 'input.fileIds');
  }

  /** The changes `input` asks for: left-out fields are kept, null clears the optional ones. */
  private async patchOf(c: CommandContext, input: AgendaItemEdit): Promise<Partial<AgendaItem>> {
    for (const required of ['title', 'kind', 'documents', 'fileIds'] as const) {
      if (input[required] === null) throw badInput(`input.${required}`, ErrorReason.REQUIRED);
    }
    if (input.presenterId !== undefined) await this.assertPresenter(c, input.presenterId);
    const patch: Partial<AgendaItem> = {};
    if (input.title) patch.title = input.title;
    if (input.kind) patch.kind = input.kind;
    if (input.documents) patch.documents = input.documents;
    if (input.plannedMinutes !== undefined) patch.plannedMinutes = input.plannedMinutes;
    if (input.presenterId !== undefined) patch.presenterId = input.presenterId;
    if (input.notes !== undefined) patch.notes = input.notes;
    if (input.videoUrl !== undefined) {
      patch.videoUrl = input.videoUrl === null ? null : httpLink('input.videoUrl', input.videoUrl);
    }
    return patch;
  }
}
