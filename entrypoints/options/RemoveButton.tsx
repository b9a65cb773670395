// The "Remove" button of a row in a list the user keeps (terms, allowed phrases, postings, the
// builder's lists): it reads "Remove", and its accessible name says which row it removes.
export function RemoveButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <button type="button" aria-label={label} onClick={onRemove}>
      Remove
    </button>
  );
}

/** The heading of a table's column of RemoveButtons: read by screen readers, not shown. */
export function RemoveColumnHeading({ label }: { label: string }) {
  return (
    <th scope="col">
      <span class="visually-hidden">{label}</span>
    </th>
  );
}
