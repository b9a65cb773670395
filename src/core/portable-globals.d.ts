// Globals that every place src/core runs provides (browsers, their workers, Node 20) beyond the
// ES library. tsconfig.core.json checks src/core without the DOM and Node types, so that a
// document or process slipping in fails; these few are declared here instead.
declare function structuredClone<T>(value: T): T;
