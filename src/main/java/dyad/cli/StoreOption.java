package dyad.cli;

import dyad.store.StoreLocation;
import picocli.CommandLine.Option;

/** {@code --db}: where the store lives, for every command that opens one (a picocli mixin). */
final class StoreOption {

    @Option(names = "--db", paramLabel = "URL",
            description = "The store: a folder (embedded), jdbc:duckdb:FILE or jdbc:postgresql://HOST:PORT/DB "
                    + "(default: ./" + StoreLocation.DEFAULT_FOLDER + ").")
    String db;

    /** The store the option names; a bad value is the user's to fix (one line, exit 2). */
    StoreLocation location() {
        try {
            return StoreLocation.parse(db);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
