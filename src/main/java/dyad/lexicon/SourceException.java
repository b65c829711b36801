package dyad.lexicon;

/** A source dictionary or mapping file that cannot be converted: names the file and line. */
public final class SourceException extends RuntimeException {

    public SourceException(String file, int line, String why) {
        super(file + (line > 0 ? " line " + line : "") + ": " + why);
    }
}
