import { useEffect, useState } from 'preact/hooks';
import { AskQuestionDocument } from '@diemcau/client';
import { Choice, choicesByName, SelectField, TextField } from '../../fields';
import { t } from '../../i18n';
import { Unit, useWorkspace } from '../context';
import { LiveProps } from './LiveConsole';

/**
 * A question to a unit on behalf of the host: a site's unit (it explains from its point) or a
 * department of the host unit (it explains from the host point), with who asks and who explains.
 * The server queues the explanation first.
 */
export function AskQuestion({ live, state, run }: LiveProps) {
  const { client } = useWorkspace();
  const hostPoint = live.connectionPoints.find((cp) => cp.role === 'HOST');
  const departments = useDepartments(hostPoint?.unitId);
  const askers = state.participants.filter((p) => p.connectionPointId === hostPoint?.id);
  /** `point:<connection point id>` or `unit:<department id>`. */
  const [questioned, setQuestioned] = useState('');
  const [question, setQuestion] = useState('');
  const [askedById, setAskedById] = useState('');
  const [explainerId, setExplainerId] = useState('');
  const [what, id] = questioned.split(':');
  const explainingPoint = what === 'point' ? id : what === 'unit' ? hostPoint?.id : undefined;
  const explainers = state.participants.filter((p) => p.connectionPointId === explainingPoint);
  const choices: Choice[] = [
    ...live.connectionPoints
      .filter((cp) => cp.role === 'SITE')
      .map((cp) => ({ value: `point:${cp.id}`, label: cp.name })),
    ...departments.map((u) => ({ value: `unit:${u.id}`, label: u.name })),
  ];
  const item = live.currentAgendaItem;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!item || !id) return;
    const input = {
      agendaItemId: item.id,
      ...(what === 'point' ? { connectionPointId: id } : { unitId: id }),
      question,
      askedById: askedById || null,
      explainerId: explainerId || null,
    };
    if (await run(() => client.request(AskQuestionDocument, { input }))) setQuestion('');
  };
  const choose = (value: string) => {
    setQuestioned(value);
    setExplainerId('');
  };
  return (
    <form class="ask add-row" data-testid="ask" onSubmit={submit}>
      <h2>{t('host.live.ask')}</h2>
      <SelectField
        label={t('host.live.askPoint')}
        value={questioned}
        choices={choices}
        empty="—"
        required
        onChange={choose}
      />
      <PersonField
        label={t('host.live.askExplainer')}
        value={explainerId}
        people={explainers}
        onChange={setExplainerId}
      />
      <PersonField label={t('host.live.askBy')} value={askedById} people={askers} onChange={setAskedById} />
      <TextField label={t('host.live.askText')} wide value={question} onInput={setQuestion} required />
      <button type="submit" disabled={!item}>
        {t('host.live.askSubmit')}
      </button>
    </form>
  );
}

/** A delegate among `people`, or no one. */
function PersonField(props: {
  label: string;
  value: string;
  people: readonly { id: string; name: string }[];
  onChange: (id: string) => void;
}) {
  return (
    <SelectField
      label={props.label}
      value={props.value}
      choices={choicesByName(props.people)}
      empty="—"
      onChange={props.onChange}
    />
  );
}

/** The departments of the host unit: they explain from the host point, having none of their own. */
function useDepartments(hostUnitId: string | undefined): Unit[] {
  const workspace = useWorkspace();
  const [departments, setDepartments] = useState<Unit[]>([]);
  useEffect(() => {
    if (!hostUnitId) return;
    let current = true;
    workspace.unitsUnder(hostUnitId).then(
      (units) => current && setDepartments(units.filter((u) => u.level === 'DEPARTMENT')),
      () => undefined, // Sites only: the question can still go to a site's unit.
    );
    return () => {
      current = false;
    };
  }, [hostUnitId]);
  return departments;
}
