package dyad.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The coverage aggregates on the embedded store. */
class EmbeddedCoverageTest extends CoverageContract {

    @TempDir
    Path folder;

    @Override
    protected Repository openEmpty() {
        return Stores.open(StoreLocation.folder(folder.resolve("dyad-data")));
    }
}
