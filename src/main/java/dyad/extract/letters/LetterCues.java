package dyad.extract.letters;

import java.util.regex.Pattern;

/** The patterns that make a text an open letter and find its parts. */
final class LetterCues {

    private LetterCues() {
    }

    static final Pattern OPEN_LETTER = Pattern.compile(
            "(?i)\\b(open letter|petition|joint letter|letter)\\s+to\\b");
    static final Pattern SALUTATION = Pattern.compile("(?m)^\\W*Dear\\s+[^\\n]{2,80}?,\\s*$");
    static final Pattern NUMBERED_ITEM = Pattern.compile("(?m)^[ \\t]*(\\d{1,2})[.)][ \\t]+");
    static final Pattern DEMAND_CUE = Pattern.compile(
            "(?i)\\b(we|I)\\s+(?:\\w+\\s+){0,2}(urge|call on|call upon|call for|ask|demand|request|reiterate|implore)\\b"
                    + "|\\bmust\\b|\\bshould\\b");
    static final Pattern AUTHOR_BIO = Pattern.compile(
            // A name stays on its line ("Jane Doe\n\nThe Peace Network is …" is two lines, one body).
            "(?m)^\\W*((?:The\\h+)?\\p{Lu}[\\p{L}’'&.-]*(?:\\h+(?:of|for|and|the|on|\\p{Lu}[\\p{L}’'&.-]*|\\(\\p{Lu}+\\)))*)"
                    + "[*_\\h]*\\h+(?:is|are)\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,3}"
                    + "(network|coalition|organi[sz]ation|alliance|group|association|union|federation|movement|"
                    + "campaign|charity|council|NGO|collective|platform)\\b");
    static final Pattern EARLIER_LETTER = Pattern.compile("(?i)\\b(our|your|a|the|an)\\s+(?:\\w+\\s+){0,2}"
            + "(letter|petition|submission|brief)\\b");
    static final Pattern NO_REPLY = Pattern.compile("(?i)\\b(no (reply|response|answer)|not (yet )?(received|had) a"
            + " (reply|response)|unanswered|without (a |any )?(reply|response)|yet to (reply|respond))\\b");
    /** "your reply"; or a reply's own opening: "Thank you for your letter of …", "In response to your letter …". */
    static final Pattern REPLIED = Pattern.compile("(?i)\\b(your (reply|response)|(replied|responded) to our"
            + "|thank you for your (?:\\w+\\s+){0,2}(letter|petition|submission|brief)"
            + "|in (response|reply) to your (?:\\w+\\s+){0,2}(letter|petition|submission|brief))\\b");
    /** The sign-off before a signature: "Sincerely," alone on its line. */
    static final Pattern SIGN_OFF = Pattern.compile("(?im)^\\W*(yours\\s+)?(sincerely|truly|faithfully|respectfully|"
            + "(best |kind |warm )?regards)(\\s+yours)?,?\\s*$");
}
