package dyad.export;

import java.io.IOException;
import java.util.Set;

/** One export format: the record kinds it can carry, and how each record is written. */
interface RecordWriter extends AutoCloseable {

    /** The kinds this format carries; an export of another kind is refused before it starts. */
    Set<String> kinds();

    void write(Exported e) throws IOException;

    /** Writes what is still held (a CSV printer's buffer, FtM's actors seen once) and flushes. */
    @Override
    void close() throws IOException;
}
