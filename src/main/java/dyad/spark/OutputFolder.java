package dyad.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The folder a run writes: a table per kind of row, and {@code records.jsonl}. Any file system
 * the cluster's Hadoop configuration reaches (a local path, hdfs://, s3a://). A folder that
 * holds anything already is refused, so that no run mixes its tables with an earlier one's.
 */
final class OutputFolder {

    static final String JSONL = "records.jsonl";

    private final FileSystem fs;
    private final Path root;

    private OutputFolder(FileSystem fs, Path root) {
        this.fs = fs;
        this.root = root;
    }

    /** @throws JobInputException if the folder holds anything, or cannot be looked at */
    static OutputFolder at(SparkSession spark, String dir) {
        Path root = new Path(dir);
        try {
            FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs.exists(root) && (!fs.getFileStatus(root).isDirectory() || fs.listStatus(root).length > 0)) {
                throw new JobInputException("--out '" + dir + "' exists and is not an empty folder: name a new one");
            }
            return new OutputFolder(fs, fs.makeQualified(root));
        } catch (IOException e) {
            throw new JobInputException("--out '" + dir + "': " + e.getMessage(), e);
        }
    }

    /** Where table {@code name} goes. */
    String table(String name) {
        return new Path(root, name).toString();
    }

    /** Writes {@code JSONL} from the driver, one line each, UTF-8, in the order given. */
    void writeJsonl(Iterator<String> lines) {
        // A local file system would add a .crc file beside it; the raw one writes only the file.
        FileSystem target = fs instanceof LocalFileSystem local ? local.getRawFileSystem() : fs;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(target.create(new Path(root, JSONL), false),
                StandardCharsets.UTF_8))) {
            while (lines.hasNext()) {
                out.write(lines.next());
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + new Path(root, JSONL) + ": " + e.getMessage(), e);
        }
    }
}
