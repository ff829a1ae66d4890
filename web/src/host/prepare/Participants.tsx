import { useState } from 'preact/hooks';
import { AddParticipantDocument, ParticipantRole, RemoveParticipantDocument } from '@diemcau/client';
import { choicesByName, choicesOf, SelectField, TextField } from '../../fields';
import { t } from '../../i18n';
import { useWorkspace } from '../context';
import type { SectionProps } from './Prepare';

const ROLES: ParticipantRole[] = ['CHAIR', 'PRESENTER', 'DELEGATE', 'SECRETARY', 'GUEST'];

/** The delegates, by the connection point where they sit. */
export function Participants({ meeting, act }: SectionProps) {
  const { request } = useWorkspace().client;
  const [pointId, setPointId] = useState('');
  const [name, setName] = useState('');
  const [position, setPosition] = useState('');
  const [role, setRole] = useState<ParticipantRole>('DELEGATE');
  const point = meeting.connectionPoints.find((cp) => cp.id === pointId) ?? meeting.connectionPoints[0];
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!point) return;
    const added = await act(() =>
      request(AddParticipantDocument, {
        input: {
          meetingId: meeting.id,
          connectionPointId: point.id,
          unitId: point.unitId,
          name,
          position: position.trim() || null,
          role,
        },
      }),
    );
    if (added) {
      setName('');
      setPosition('');
    }
  };
  return (
    <section class="panel participants" data-testid="participants">
      <h2>
        {t('host.participants.heading')} <span class="count">({meeting.participants.length})</span>
      </h2>
      {meeting.connectionPoints
        .filter((cp) => meeting.participants.some((p) => p.connectionPointId === cp.id))
        .map((cp) => (
          <div key={cp.id} class="point-delegates">
            <h3>{cp.name}</h3>
            <ul>
              {meeting.participants
                .filter((p) => p.connectionPointId === cp.id)
                .map((p) => (
                  <li key={p.id} data-participant={p.id}>
                    <span>
                      {p.name}
                      {p.position && <span class="muted"> · {p.position}</span>}
                    </span>
                    <span class="muted">{t(`participantRole.${p.role}`)}</span>
                    <button
                      type="button"
                      onClick={() => act(() => request(RemoveParticipantDocument, { id: p.id }))}
                    >
                      {t('host.participants.remove')}
                    </button>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      <form class="add-row" onSubmit={submit}>
        <SelectField
          label={t('host.participants.point')}
          value={point?.id ?? ''}
          choices={choicesByName(meeting.connectionPoints)}
          onChange={setPointId}
        />
        <TextField label={t('host.participants.name')} value={name} onInput={setName} required />
        <TextField label={t('host.participants.position')} value={position} onInput={setPosition} />
        <SelectField
          label={t('host.participants.role')}
          value={role}
          choices={choicesOf(ROLES, 'participantRole')}
          onChange={(r) => setRole(r as ParticipantRole)}
        />
        <button type="submit" disabled={!point}>
          {t('host.participants.add')}
        </button>
      </form>
    </section>
  );
}
