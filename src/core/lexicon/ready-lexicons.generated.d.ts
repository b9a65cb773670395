// The bundled lexicons, validated and compiled at build time by scripts/compile-lexicons.ts,
// which writes ready-lexicons.generated.js next to this file (generated, not committed).
// Each call parses a fresh copy of the snapshot (compiled-snapshot.ts decodes it in place).
declare const readyLexicons: () => unknown;
export default readyLexicons;
