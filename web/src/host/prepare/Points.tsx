import { useState } from 'preact/hooks';
import {
  AddConnectionPointDocument,
  ConnectionPointRole,
  RemoveConnectionPointDocument,
} from '@diemcau/client';
import { choicesOf, SelectField } from '../../fields';
import { t } from '../../i18n';
import { Unit, useWorkspace } from '../context';
import { UnitPicker } from '../UnitPicker';
import type { SectionProps } from './Prepare';

/** The connection points: one unit at a time, or a province's districts in one go. */
export function Points({ meeting, act }: SectionProps) {
  const workspace = useWorkspace();
  const { request } = workspace.client;
  const [unit, setUnit] = useState<Unit | null>(null);
  const [role, setRole] = useState<ConnectionPointRole>(
    meeting.connectionPoints.some((cp) => cp.role === 'HOST') ? 'SITE' : 'HOST',
  );
  const present = new Set(meeting.connectionPoints.map((cp) => cp.unitId));
  const add = (u: Unit, r: ConnectionPointRole) =>
    request(AddConnectionPointDocument, {
      input: {
        meetingId: meeting.id,
        unitId: u.id,
        role: r,
        name: t('host.points.defaultName', { unit: u.name }),
      },
    });
  const addOne = () => unit && act(() => add(unit, role));
  const addChildren = () =>
    unit &&
    act(async () => {
      const children = (await workspace.unitsUnder(unit.id)).filter(
        (u) => u.level === 'DISTRICT' && !present.has(u.id),
      );
      for (const child of children) await add(child, 'SITE');
    });
  return (
    <section class="panel points" data-testid="points">
      <h2>
        {t('host.points.heading')} <span class="count">({meeting.connectionPoints.length})</span>
      </h2>
      {meeting.connectionPoints.length === 0 ? (
        <p class="muted">{t('host.points.none')}</p>
      ) : (
        <ol class="point-list">
          {meeting.connectionPoints.map((cp) => (
            <li key={cp.id} data-point={cp.id}>
              <span>{cp.name}</span>
              <span class="muted">{t(`pointRole.${cp.role}`)}</span>
              <button
                type="button"
                onClick={() => act(() => request(RemoveConnectionPointDocument, { id: cp.id }))}
              >
                {t('host.points.remove')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <div class="add-row">
        <UnitPicker label={t('host.points.unit')} name="point-unit" onChange={setUnit} />
        <SelectField
          label={t('host.points.role')}
          value={role}
          choices={choicesOf(['HOST', 'SITE'], 'pointRole')}
          onChange={(r) => setRole(r as ConnectionPointRole)}
        />
        <button type="button" disabled={!unit} onClick={addOne}>
          {t('host.points.add')}
        </button>
        <button type="button" disabled={!unit} onClick={addChildren}>
          {t('host.points.addChildren')}
        </button>
      </div>
    </section>
  );
}
