// The "Remove" button of a row in the options page's lists (terms, allowed phrases): it reads
// "Remove", and its accessible name says which row it removes.
export function RemoveButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <button type="button" aria-label={label} onClick={onRemove}>
      Remove
    </button>
  );
}
