// The text of the file just chosen in a file input, or null when none was; the input is emptied
// so choosing the same file again is seen as a new choice.
export async function chosenFileText(event: Event): Promise<string | null> {
  const input = event.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  return file ? file.text() : null;
}
