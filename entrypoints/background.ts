export default defineBackground(() => {
  // The extension issue wires messaging and the context menu here.
});
