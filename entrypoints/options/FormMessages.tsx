// What a small form on the options page says after a try: an error (announced at once) or a
// confirmation.
export function FormMessages({ errorId, error, status }: { errorId: string; error: string; status: string }) {
  return (
    <>
      <p id={errorId} class="error" role="alert">
        {error}
      </p>
      <p class="ok" role="status">
        {status}
      </p>
    </>
  );
}
