// A word's owner's mark as the text writes it ("client's", "patients'", curly or straight).
export const POSSESSIVE_END = /['’]s?$/;
