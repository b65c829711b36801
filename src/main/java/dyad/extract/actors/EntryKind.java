package dyad.extract.actors;

/** What a gazetteer name stands for; decides how a mention of it composes with its neighbours. */
public enum EntryKind {
    /** "Canada", "U.S.": the state, read as its government. */
    COUNTRY,
    /** "Ottawa": a capital used as a metonym for the government. */
    CAPITAL,
    /** "Canadian", "Venezuelans": qualifies a following role cue; alone, a plural is the people. */
    ADJECTIVE,
    /** "Aleppo", "Ontario": a city, region or river of a state; names its civilians (role CVL), not its government. */
    PLACE,
    /** A named person holding an office between two dates. */
    PERSON,
    /** A named body: ministry, agency, party, IGO, NGO, outlet. */
    ORGANIZATION,
    /** "government", "opposition", "foreign ministry": a role that takes its country from context. */
    ROLE_CUE
}
