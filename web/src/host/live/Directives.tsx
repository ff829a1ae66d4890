import { useState } from 'preact/hooks';
import {
  AcceptDirectiveDocument,
  AddDirectiveDocument,
  DirectiveFieldsFragment,
  ReopenDirectiveDocument,
} from '@diemcau/client';
import { TextField } from '../../fields';
import { dateOfDay, t } from '../../i18n';
import { Conclusion } from '../../live/feed';
import { Unit, useWorkspace } from '../context';
import { DirectiveReview, DirectiveReviewsDocument } from '../documents';
import { endOfDay } from '../time';
import { UnitPicker } from '../UnitPicker';
import { useRead } from '../useRead';
import { LiveProps } from './LiveConsole';

/**
 * The conclusion's directives: given here, then followed: status, deadline, due soon or overdue,
 * and a DONE the unit reported accepted or sent back with a reason.
 */
export function Directives({ conclusion, live, run }: LiveProps & { conclusion: Conclusion }) {
  const { request } = useWorkspace().client;
  const reviews = useReviews(live.meetingId, conclusion);
  const [assignee, setAssignee] = useState<Unit | null>(null);
  const [task, setTask] = useState('');
  const [deadline, setDeadline] = useState('');
  /** A new picker after each directive given: the next one starts from the top. */
  const [given, setGiven] = useState(0);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!assignee) return;
    const added = await run(() =>
      request(AddDirectiveDocument, {
        input: {
          meetingId: live.meetingId,
          assigneeUnitId: assignee.id,
          task,
          deadline: endOfDay(deadline),
          sourceAgendaItemId: live.currentAgendaItem?.id ?? null,
        },
      }),
    );
    if (!added) return;
    setTask('');
    setAssignee(null);
    setGiven(given + 1);
  };
  return (
    <div class="directives" data-testid="directives">
      <h3>{t('host.conclusion.directives')}</h3>
      <ul>
        {conclusion.directives.map((d) => (
          <DirectiveRow key={d.id} directive={d} review={reviews.get(d.id)} run={run} />
        ))}
      </ul>
      <form class="add-row" onSubmit={submit}>
        <UnitPicker
          key={given}
          label={t('host.conclusion.assignee')}
          name="assignee"
          onChange={setAssignee}
        />
        <TextField label={t('host.conclusion.task')} wide value={task} onInput={setTask} required />
        <TextField label={t('host.conclusion.deadline')} type="date" value={deadline} onInput={setDeadline} />
        <button type="submit" disabled={!assignee}>
          {t('host.conclusion.addDirective')}
        </button>
      </form>
    </div>
  );
}

function DirectiveRow(props: {
  directive: DirectiveFieldsFragment;
  review?: DirectiveReview;
  run: LiveProps['run'];
}) {
  const { directive: d, review, run } = props;
  const { client } = useWorkspace();
  const [reason, setReason] = useState('');
  const accepted = Boolean(review?.acceptedAt);
  // Decided once the console knows it is not accepted yet (its review read).
  const awaitingReview = d.status === 'DONE' && review !== undefined && !accepted;
  const last = review?.progress.at(-1);
  const reopen = async () => {
    const reopened = await run(
      () => client.request(ReopenDirectiveDocument, { id: d.id, reason }),
      t('host.conclusion.reopenedDone'),
    );
    if (reopened) setReason('');
  };
  return (
    <li
      data-directive={d.id}
      data-status={d.status}
      data-accepted={String(accepted)}
      data-due-soon={String(d.dueSoon)}
      data-overdue={String(d.overdue)}
    >
      <strong>{d.assigneeUnit.name}</strong>: {d.task}
      <span class="muted">
        {' '}
        · {d.deadline ? dateOfDay(d.deadline) : t('host.conclusion.noDeadline')} ·{' '}
        {t(`host.conclusion.status.${d.status}`)}
      </span>
      {d.overdue && <span class="bad"> · {t('host.conclusion.overdue')}</span>}
      {d.dueSoon && <span class="hot"> · {t('host.conclusion.dueSoon')}</span>}
      {d.completedLate && <span class="hot"> · {t('host.conclusion.completedLate')}</span>}
      {accepted && <span class="ok"> · {t('host.conclusion.accepted')}</span>}
      {last && last.kind !== 'ACCEPTED' && (
        <p class="muted progress-note">
          {t(`host.conclusion.progress.${last.kind}`)}: {last.note}
        </p>
      )}
      {awaitingReview && (
        <span class="row-actions">
          <button
            type="button"
            onClick={() =>
              run(
                () => client.request(AcceptDirectiveDocument, { id: d.id }),
                t('host.conclusion.acceptedDone'),
              )
            }
          >
            {t('host.conclusion.accept')}
          </button>
          <input
            aria-label={t('host.conclusion.reopenReason')}
            placeholder={t('host.conclusion.reopenReason')}
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
          <button type="button" onClick={reopen}>
            {t('host.conclusion.reopen')}
          </button>
        </span>
      )}
    </li>
  );
}

/**
 * Each directive's review (accepted or not, its history), read again with each new read of the
 * conclusion (the feed reads it on every directive event).
 */
function useReviews(meetingId: string, conclusion: Conclusion): ReadonlyMap<string, DirectiveReview> {
  const read = useRead(
    DirectiveReviewsDocument,
    { id: meetingId },
    conclusion.directives.length ? conclusion : null,
  );
  return new Map(read?.meeting?.conclusion?.directives.map((d) => [d.id, d]));
}
