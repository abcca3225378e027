/**
 * The commonest English function words: articles and determiners, conjunctions and prepositions, a few
 * pronouns, the forms of "be" and "have", and the modal verbs. They carry grammar, not content, so
 * neither an alignment, a search nor a term should rest on them, while their share tells English text.
 * duiqi keeps this one list; each use adds or removes words for its purpose next to it (`searchStopWords`,
 * the passage, term and alignment stop words, the language guess). Lowercase, and each word is its own
 * search form (`englishWordForm`), so it can be compared with lowercase words and search forms alike.
 */
export const englishFunctionWords: ReadonlySet<string> = new Set(
  (
    'a an the this that these those such all more other no not also ' +
    'and or nor but if so than then of to in on at by for with from as into onto ' +
    'it its they their we our there which who whom ' +
    'is are was were be been being have has will would shall should can could may might must'
  ).split(' '),
)
