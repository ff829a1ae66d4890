import { t } from './i18n';

/** One option of a SelectField: what is sent, what is shown. */
export type Choice = { value: string; label: string };

/** The values of an enum, shown by their catalogue's words (`catalogue.VALUE`). */
export const choicesOf = (values: readonly string[], catalogue: string): Choice[] =>
  values.map((value) => ({ value, label: t(`${catalogue}.${value}`) }));

/** Rows with an id and a name (points, delegates) as choices. */
export const choicesByName = (rows: readonly { id: string; name: string }[]): Choice[] =>
  rows.map((r) => ({ value: r.id, label: r.name }));

/** A labelled list; `empty` adds a first choice of nothing (value ''). */
export function SelectField(props: {
  label: string;
  value: string;
  choices: Choice[];
  onChange: (value: string) => void;
  empty?: string;
  required?: boolean;
}) {
  return (
    <label>
      {props.label}
      <select
        value={props.value}
        required={props.required}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {props.empty !== undefined && <option value="">{props.empty}</option>}
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A labelled input (text unless `type` says otherwise). */
export function TextField(props: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'search' | 'number' | 'date' | 'datetime-local';
  /** Typed unseen (a password). */
  secret?: boolean;
  name?: string;
  required?: boolean;
  wide?: boolean;
  autoComplete?: string;
}) {
  return (
    <label class={props.wide ? 'wide' : undefined}>
      {props.label}
      <input
        // Preact types an input as a union keyed by `type`; these all take the attributes below.
        type={(props.secret ? 'password' : (props.type ?? 'text')) as 'text'}
        name={props.name}
        autoComplete={props.autoComplete}
        required={props.required}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </label>
  );
}
