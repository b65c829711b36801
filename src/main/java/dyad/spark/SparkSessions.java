package dyad.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a run. Under {@code spark-submit} the master and settings come from it;
 * run by {@code bin/dyad}, the master is {@code --master}, else {@code local[*]}. Spark's own
 * logging stays at warnings (its INFO lines would bury Dyad's one-line errors) unless
 * {@code spark.log.level} says otherwise; a local run opens no web UI and listens on loopback only.
 */
public final class SparkSessions {

    public static final String DEFAULT_MASTER = "local[*]";

    private SparkSessions() {
    }

    /** @param master a Spark master URL, or null for spark-submit's or else {@link #DEFAULT_MASTER} */
    public static SparkSession start(String master, String appName) {
        return start(master, appName, Map.of());
    }

    /** @param conf settings for this session (a benchmark's jars for a cluster, say), over the defaults */
    public static SparkSession start(String master, String appName, Map<String, String> conf) {
        String chosen = master != null ? master : System.getProperty("spark.master", DEFAULT_MASTER);
        SparkSession.Builder builder = SparkSession.builder().appName(appName).master(chosen);
        // Defaults first: a later config call for the same key wins.
        unlessSet(builder, "spark.log.level", "WARN");
        if (chosen.startsWith("local")) {
            unlessSet(builder, "spark.ui.enabled", "false");
            unlessSet(builder, "spark.driver.host", "127.0.0.1");
            unlessSet(builder, "spark.driver.bindAddress", "127.0.0.1");
            // Spark's 200 shuffle partitions are for clusters; here they would be 200 tasks per sort of a few rows.
            unlessSet(builder, "spark.sql.shuffle.partitions", "8");
        }
        conf.forEach(builder::config);
        return builder.getOrCreate();
    }

    private static void unlessSet(SparkSession.Builder builder, String key, String value) {
        if (System.getProperty(key) == null) {
            builder.config(key, value);
        }
    }
}
