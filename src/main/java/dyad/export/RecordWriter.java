package dyad.export;

import java.io.IOException;

/** One export format: how each record is written (which kinds it carries, {@link Exports.Request} checks). */
interface RecordWriter extends AutoCloseable {

    void write(Exported e) throws IOException;

    /** Writes what is still held (a CSV printer's buffer, FtM's actors seen once) and flushes. */
    @Override
    void close() throws IOException;
}
