package dyad.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --as-of DATE}: the day letters are tracked as of, for the letters commands. */
final class AsOfOption {

    @Option(names = "--as-of", paramLabel = "DATE", converter = AsOfConverter.class,
            description = "Track as of this day, YYYY-MM-DD (default: today), to replay history.")
    LocalDate day;
}
