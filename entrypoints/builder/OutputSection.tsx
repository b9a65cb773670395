// The written posting in text, Markdown or HTML, to copy, download or insert into the editor
// the page was opened from; and the interview questions for the hiring panel, as their own sheet.
import { useId, useState } from 'preact/hooks';
import type { PostingFormat, PostingFormats } from '../../src/report/posting-formats';
import { copyText } from '../popup/clipboard';
import { downloadText, insertIntoEditor } from './output-actions';

const FORMAT_LABELS: Record<PostingFormat, string> = { text: 'Plain text', markdown: 'Markdown', html: 'HTML' };

function FormatPicker({ value, onChange, name }: { value: PostingFormat; onChange: (f: PostingFormat) => void; name: string }) {
  return (
    <fieldset class="formats">
      <legend>Format</legend>
      {(Object.keys(FORMAT_LABELS) as PostingFormat[]).map((f) => (
        <label key={f} class="radio">
          <input type="radio" name={name} value={f} checked={value === f} onChange={() => onChange(f)} />
          {FORMAT_LABELS[f]}
        </label>
      ))}
    </fieldset>
  );
}

interface SheetProps {
  heading: string;
  formats: PostingFormats;
  fileName: string;
  testId: string;
  /** The tab to insert into, when the page was opened from one. */
  insertTab?: number | null;
  note?: string;
}

export function OutputSheet({ heading, formats, fileName, testId, insertTab, note }: SheetProps) {
  const id = useId();
  const [format, setFormat] = useState<PostingFormat>('text');
  const [status, setStatus] = useState('');
  const content = formats[format];
  return (
    <section class="output" aria-labelledby={`${id}-h`} data-testid={testId}>
      <h2 id={`${id}-h`}>{heading}</h2>
      {note ? <p class="muted">{note}</p> : null}
      <FormatPicker value={format} onChange={setFormat} name={`${id}-format`} />
      <label for={`${id}-preview`} class="visually-hidden">
        {heading}, {FORMAT_LABELS[format]}
      </label>
      <textarea id={`${id}-preview`} class="preview" readOnly rows={14} value={content} data-testid={`${testId}-preview`} />
      <div class="actions">
        <button
          type="button"
          class="primary"
          onClick={async () => setStatus((await copyText(content)) ? `${FORMAT_LABELS[format]} copied.` : 'Could not copy.')}
        >
          Copy
        </button>
        <button
          type="button"
          onClick={() => {
            downloadText(content, fileName, format);
            setStatus(`${FORMAT_LABELS[format]} file saved.`);
          }}
        >
          Download
        </button>
        {insertTab !== undefined ? (
          <button
            type="button"
            data-testid={`${testId}-insert`}
            disabled={insertTab === null}
            onClick={async () => {
              if (insertTab === null) return;
              setStatus('Inserting…');
              setStatus(await insertIntoEditor(insertTab, formats.text));
            }}
          >
            Insert into the editor
          </button>
        ) : null}
      </div>
      {insertTab === null ? (
        <p class="muted">
          To insert into an editor, open the page with the editor, click the PeerLens button there and choose “Write a peer job
          description”.
        </p>
      ) : null}
      <p class="status" role="status" data-testid={`${testId}-status`}>
        {status}
      </p>
    </section>
  );
}
