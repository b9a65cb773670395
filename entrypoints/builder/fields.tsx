// Labelled inputs of the builder form: every control has a visible label, and a hint is tied
// to its control (aria-describedby), so the form reads the same with a screen reader.
import { useId } from 'preact/hooks';

interface TextFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  multiline?: boolean;
  testId?: string;
  rows?: number;
}

export function TextField({ label, value, onInput, hint, multiline, testId, rows = 3 }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const props = {
    id,
    value,
    'aria-describedby': hintId,
    'data-testid': testId,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <span id={hintId} class="hint">
          {hint}
        </span>
      )}
      {multiline ? <textarea rows={rows} {...props} /> : <input type="text" {...props} />}
    </div>
  );
}

interface NumberFieldProps {
  label: string;
  value: number;
  onInput: (value: number) => void;
  min?: number;
  step?: number;
  testId?: string;
}

export function NumberField({ label, value, onInput, min, step, testId }: NumberFieldProps) {
  const id = useId();
  return (
    <div class="field field-number">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        step={step}
        value={Number.isFinite(value) ? String(value) : ''}
        data-testid={testId}
        onInput={(e) => {
          const raw = (e.currentTarget as HTMLInputElement).value;
          onInput(raw.trim() === '' ? Number.NaN : Number(raw));
        }}
      />
    </div>
  );
}

/** A list of short texts (knowledge and skills, other qualifications): edit, add, remove. */
export function ListField({
  label,
  items,
  onChange,
  addLabel,
  testId,
}: {
  label: string;
  items: string[];
  onChange: (items: string[]) => void;
  addLabel: string;
  testId: string;
}) {
  const id = useId();
  return (
    <fieldset class="list-field" data-testid={testId}>
      <legend>{label}</legend>
      {items.map((item, i) => (
        <div class="list-row" key={i}>
          <label class="visually-hidden" for={`${id}-${i}`}>
            {label}, item {i + 1}
          </label>
          <input
            id={`${id}-${i}`}
            type="text"
            value={item}
            onInput={(e) => onChange(items.map((x, j) => (j === i ? (e.currentTarget as HTMLInputElement).value : x)))}
          />
          <button
            type="button"
            onClick={() => onChange(items.filter((_, j) => j !== i))}
            aria-label={`Remove ${label.toLowerCase()}, item ${i + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...items, ''])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
