import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { Unit, useWorkspace } from './context';

/**
 * A unit chosen down the tree: one list per level (the top, then the units under the one chosen),
 * so that a province and then one of its districts are two choices. `onChange` gets the deepest unit.
 */
export function UnitPicker(props: {
  label: string;
  name: string;
  onChange: (unit: Unit | null) => void;
  /** The unit chosen before (kept while nothing else is picked). */
  current?: string;
}) {
  const workspace = useWorkspace();
  const [path, setPath] = useState<Unit[]>([]);
  const [levels, setLevels] = useState<Unit[][]>([]);
  useEffect(() => {
    let current = true;
    void Promise.all(
      [null, ...path.map((u) => u.id)].map((id) => workspace.unitsUnder(id).catch(() => [])),
    ).then((lists) => current && setLevels(lists.filter((list) => list.length > 0)));
    return () => {
      current = false;
    };
  }, [path]);
  const choose = (level: number, id: string) => {
    const unit = levels[level]?.find((u) => u.id === id);
    const next = unit ? [...path.slice(0, level), unit] : path.slice(0, level);
    setPath(next);
    props.onChange(next.at(-1) ?? null);
  };
  return (
    <fieldset class="unit-picker" data-picker={props.name}>
      <legend>{props.label}</legend>
      {levels.map((units, level) => (
        <select
          key={level}
          aria-label={`${props.label} ${level + 1}`}
          value={path[level]?.id ?? ''}
          onChange={(e) => choose(level, e.currentTarget.value)}
        >
          <option value="">{t(level === 0 ? 'host.units.choose' : 'host.units.below')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      ))}
      {props.current && path.length === 0 && <span class="muted">{props.current}</span>}
    </fieldset>
  );
}
