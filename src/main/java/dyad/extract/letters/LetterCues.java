package dyad.extract.letters;

import dyad.extract.letters.LetterLexicon.Kind;
import java.util.Set;
import java.util.regex.Pattern;

/** The patterns that find a letter's parts, built once from the words of {@link LetterLexicon}. */
final class LetterCues {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    final LetterLexicon lexicon;

    /** A title line: "Open letter to …", "PETITION ON …", "Joint letter:". */
    final Pattern title;
    /** A greeting line: "Dear Minister Wong,", "Your Excellency:". */
    final Pattern salutation;
    /** A sign-off alone on its line: "Yours sincerely,". */
    final Pattern signOff;
    /** A heading over the signatories, perhaps followed by them on the same line: "Signed:", "On behalf of …". */
    final Pattern signatures;
    /** Courtesies before a name, any number of them: "H.E. Dr ", "Senator the Hon ". */
    final Pattern honorifics;
    /** Post-nominal letters after a name: " MP". */
    final Pattern postNominal;
    /** Where one address line reaches a second recipient: ", through H.E. …". */
    final Pattern through;
    /** "[Finally,] we [, the undersigned,] [connective] [adverb] urge / call on / ask …": group "verb" is the demand verb. */
    final Pattern weDemand;
    /** "the following demands", "our requests": a list of demands follows. */
    final Pattern demandList;
    /** "the members of", "the Permanent Representatives of the Members of". */
    final Pattern members;
    /** A first-person word: we, our, us, undersigned. */
    final Pattern firstPerson;
    /** "you both", "Your Excellencies": every recipient. */
    final Pattern pluralYou;
    /** A word of a body's name: association, network, forum … */
    final Set<String> bodyWords;
    /** A lower-case word of a person's name: von, der, bin … */
    final Set<String> nameParticles;
    /** A title or office opening a signatory's line or field. */
    final Pattern officeWord;
    /** "our letter", "a petition", "our joint letter". */
    final Pattern letterNoun;
    /** "wrote", "have written". */
    final Pattern writingVerb;
    /** "submitted", "addressed", "sent". */
    final Pattern sendingVerb;
    /** "asking", "urging", "the calls": an earlier letter that asked something. */
    final Pattern requestWord;
    /** "would welcome the opportunity", "would be glad to meet": asks to meet. */
    final Pattern meeting;
    /** " on ", " about ": where a title stops naming whom it addresses and says what it is about. */
    final Pattern topic;
    /** "Re:", "Subject:": a line of the head that says what the letter is about, not whom it addresses. */
    final Pattern subjectLine;

    LetterCues(LetterLexicon lex) {
        this.lexicon = lex;
        String lead = "(?m)^[\\h>#*_]*";
        title = Pattern.compile(lead + lex.alternation(Kind.HEADING)
                + "(?=\\h+(?:to|of|on|from|by|regarding|concerning|about|for|against|in\\h+support\\h+of)\\b"
                + "|\\h*[:—–]|[\\h*_]*$)", FLAGS);
        salutation = Pattern.compile(lead + "(?:" + lex.alternation(Kind.SALUTATION) + "[^\\n]{0,160}?[,:]"
                + "|dear\\h[^\\n,:]{2,80})[\\h*_]*$", FLAGS);
        signOff = Pattern.compile(lead + lex.alternation(Kind.SIGN_OFF) + "[\\h*_]*[,.]?[\\h*_]*$", FLAGS);
        // "Signed:", "Signatories" or "Signed," alone, or a cue ending in "of"/"by" right before a name: "On behalf of the Network".
        signatures = Pattern.compile(lead + lex.alternation(Kind.SIGNATURES)
                + "(?:[\\h*_]*(?::[\\h*_]*|,?[\\h*_]*$)|(?<=\\b(?:of|by))\\h+(?:the\\h+)?(?=(?-i:\\p{Lu})))", FLAGS);
        honorifics = Pattern.compile("(?:" + lex.alternation(Kind.HONORIFIC) + "(?:\\h+|(?<=\\.)))+", FLAGS);
        postNominal = Pattern.compile("(?:,?\\h+" + lex.alternation(Kind.POST_NOMINAL) + ")+$", FLAGS);
        through = Pattern.compile(",?\\h+" + lex.alternation(Kind.ADDRESS_THROUGH) + "\\h+", FLAGS);
        weDemand = Pattern.compile("^(?:(?:" + lex.alternation(Kind.CONNECTIVE) + "),?\\h+)?we"
                + "(?:,\\h*[^,.;:\\n]{1,120},)?,?\\h+" // "We, the undersigned organisations, urge …"
                + "(?:(?:" + lex.alternation(Kind.CONNECTIVE) + "|would|therefore|again|once\\h+again|now|hereby"
                + "|\\p{L}+ly)\\h+){0,3}(?<verb>" + lex.alternation(Kind.DEMAND_VERB) + ")", FLAGS);
        demandList = Pattern.compile(lex.alternation(Kind.DEMAND_LIST), FLAGS);
        members = Pattern.compile("^" + lex.alternation(Kind.MEMBER_WORD) + "\\h+", FLAGS);
        firstPerson = Pattern.compile(lex.alternation(Kind.FIRST_PERSON), FLAGS);
        pluralYou = Pattern.compile(lex.alternation(Kind.PLURAL_YOU), FLAGS);
        bodyWords = lex.set(Kind.BODY_WORD);
        nameParticles = lex.set(Kind.NAME_PARTICLE);
        officeWord = Pattern.compile("^" + lex.alternation(Kind.OFFICE_WORD), FLAGS);
        letterNoun = Pattern.compile(lex.alternation(Kind.LETTER_NOUN), FLAGS);
        writingVerb = Pattern.compile(lex.alternation(Kind.WRITING_VERB), FLAGS);
        sendingVerb = Pattern.compile(lex.alternation(Kind.SENDING_VERB), FLAGS);
        requestWord = Pattern.compile(lex.alternation(Kind.REQUEST_WORD), FLAGS);
        meeting = Pattern.compile(lex.alternation(Kind.MEETING), FLAGS);
        topic = Pattern.compile("\\h+" + lex.alternation(Kind.TOPIC_WORD) + "\\h+", FLAGS);
        subjectLine = Pattern.compile("^[\\h*_]*" + lex.alternation(Kind.SUBJECT_LINE) + "\\h*:", FLAGS);
    }
}
