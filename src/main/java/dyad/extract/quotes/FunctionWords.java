package dyad.extract.quotes;

import java.util.Set;

/**
 * The closed word classes the speaker rules are written in. These are grammar, not a
 * lexicon: they do not grow with the corpus, so they live with the rules that use them.
 */
final class FunctionWords {

    /** Subject pronouns that can say something. */
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "it", "i", "you");

    /** Words that open a noun phrase. */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "its", "his",
            "her", "their", "our", "my", "your", "some", "several", "many", "both", "another", "each", "every",
            "two", "three", "four", "five");

    /** Prepositions that stay inside a noun phrase: "a spokesperson for the ministry", "critics of the plan". */
    static final Set<String> NOUN_LINKS = Set.of("of", "for");

    /** Name particles between capitalised parts: "Simón de la Cruz", "Ursula von der Leyen". */
    static final Set<String> PARTICLES = Set.of("de", "da", "das", "do", "dos", "del", "della", "di", "du", "la",
            "le", "van", "von", "der", "den", "ter", "ten", "bin", "ibn", "al", "el", "y");

    /** Coordinators: "X and Y said"; "They called for … and expressed …". */
    static final Set<String> COORDINATORS = Set.of("and", "or", "but", "nor");

    /** Relative pronouns: "X, who said …" attributes to X. */
    static final Set<String> RELATIVES = Set.of("who", "which", "that");

    /** Words that open a clause: a description before a name never holds one. */
    static final Set<String> CLAUSE_WORDS = Set.of("and", "or", "but", "nor", "that", "which", "who", "whom",
            "whose", "because", "while", "when", "where", "if", "although", "though", "as", "after", "before",
            "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "not");

    /** "X, together with Y, said": the company is part of the speaker. */
    static final Set<String> ACCOMPANIMENT = Set.of("together", "along", "alongside");

    /**
     * Words between a subject and its verb that are neither: "X has also said", "X later
     * told". Auxiliaries and the adverbs of reporting; a list, because "-ly" also ends
     * nouns ("the family said", "the assembly said").
     */
    static final Set<String> VERB_MODIFIERS = Set.of("has", "have", "had", "was", "were", "is", "are", "will",
            "would", "could", "should", "may", "might", "must", "can", "did", "does", "do", "not", "never", "also",
            "later", "then", "previously", "once", "again", "further", "still", "already", "yesterday", "today",
            "tonight", "earlier", "often", "always", "just", "even", "since", "been", "repeatedly", "publicly",
            "privately", "recently", "reportedly", "separately", "officially", "formally", "firmly", "flatly",
            "bluntly", "openly", "initially", "subsequently", "similarly", "additionally", "explicitly",
            "emphatically", "angrily", "simply", "clearly", "directly", "immediately", "quickly", "herself",
            "himself", "themselves", "itself", "so", "much");

    /** Prepositions of place that tie a name to the head before it: "officials in Accra", "the embassy in Oslo". */
    static final Set<String> PLACE_LINKS = Set.of("in", "at", "from");

    /** Time words a subject and its verb can frame: "X on Monday said", "a document last fall stating". */
    static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "week", "weekend", "month", "year", "fall", "autumn", "spring", "summer",
            "winter", "morning", "afternoon", "evening", "night", "day");

    /** Words that introduce a time phrase: "on Monday", "last fall", "in 2023". */
    static final Set<String> TIME_INTRODUCERS = Set.of("on", "in", "at", "last", "this", "next", "early", "late",
            "earlier", "during");

    /** Words that never belong to a speaker noun phrase: they end the scan for one. */
    static final Set<String> STOPS = Set.of(
            // prepositions other than the noun links
            "in", "on", "at", "by", "with", "from", "to", "into", "onto", "about", "after", "before", "during",
            "under", "over", "through", "against", "between", "among", "without", "within", "via", "as", "than",
            "like", "upon", "toward", "towards", "across", "amid", "despite", "per",
            // conjunctions and clause openers
            "and", "or", "but", "nor", "so", "yet", "that", "which", "who", "whom", "whose", "because", "while",
            "when", "where", "if", "although", "though", "whereas", "until", "unless", "whether", "what", "how",
            "why",
            // auxiliaries, negation and sentence adverbs
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
            "would", "shall", "should", "can", "could", "may", "might", "must", "not", "never", "no", "also",
            "however", "then", "now", "later", "still", "too", "very", "there", "here", "meanwhile", "moreover",
            "currently", "instead", "thus", "therefore", "indeed", "already", "even", "only", "just", "again",
            "yesterday", "today", "tonight", "such",
            // object pronouns
            "him", "them", "us", "me", "it", "itself", "himself", "herself", "themselves");

    private FunctionWords() {
    }
}
