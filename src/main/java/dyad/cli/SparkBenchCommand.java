package dyad.cli;

import dyad.bench.SparkBench;
import dyad.model.Document;
import dyad.spark.ExtractorFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"The Spark job at local[1] and local[2] (and on a cluster with --cluster) against extraction "
                + "without Spark on one thread, on N documents (the sample and benchmark texts, repeated): docs/s, "
                + "the speed-up of local[2] over local[1], peak heap, and whether every run's records are the baseline's.",
                "Targets: local[2] / local[1] >= 1.8 on 2 cores; local[1] no slower than 1.1x the baseline."})
final class SparkBenchCommand implements Callable<Integer> {

    @Option(names = "--docs", paramLabel = "N", description = "Documents (default: ${DEFAULT-VALUE}).")
    int docs = 200;

    @Option(names = "--shared", description = "The shared folder with corpus/ and bench/ (default: ${DEFAULT-VALUE}).")
    Path shared = Path.of("../shared");

    @Option(names = "--cluster", paramLabel = "URL",
            description = "Also a running Spark cluster (spark://HOST:PORT, e.g. from .ci/spark-cluster.sh), given "
                    + "target/dyad-spark.jar and target/corenlp-models.jar.")
    String cluster;

    @Option(names = "--jars", paramLabel = "DIR", description = "Where those jars are (default: ${DEFAULT-VALUE}).")
    Path jars = Path.of("target");

    @Override
    public Integer call() throws IOException {
        if (docs < 1) {
            throw new UserError("--docs must be at least 1: " + docs);
        }
        if (!Files.isDirectory(shared.resolve("corpus/seeds"))) {
            throw new UserError("no sample texts at '" + shared.resolve("corpus/seeds") + "' (use --shared DIR)");
        }
        Map<String, String> clusterConf = new LinkedHashMap<>();
        if (cluster != null) {
            Path app = jars.resolve("dyad-spark.jar");
            Path models = jars.resolve("corenlp-models.jar");
            if (!Files.isRegularFile(app) || !Files.isRegularFile(models)) {
                throw new UserError("--cluster needs " + app + " and " + models + " (mvn -DskipTests package)");
            }
            clusterConf.put("spark.jars", app.toAbsolutePath() + "," + models.toAbsolutePath());
            clusterConf.put("spark.driver.host", "127.0.0.1");
            clusterConf.put("spark.executor.memory", "2g");
        }
        List<Document> corpus = SparkBench.documents(shared, docs);
        Path work = Files.createTempDirectory("dyad-bench-spark");
        try {
            SparkBench bench = new SparkBench(ExtractorFactory.MODELS, System.err);
            System.err.println("bench spark: loading the models and warming up");
            bench.warmUp(corpus.subList(0, Math.min(8, corpus.size())), work);
            List<String> expected = new ArrayList<>();
            SparkBench.Run base = bench.baseline(corpus, expected, 1);
            SparkBench.Run base2 = bench.baseline(corpus, new ArrayList<>(), 2);
            SparkBench.Run one = bench.spark("local[1]", Map.of(), corpus, expected, work);
            SparkBench.Run two = bench.spark("local[2]", Map.of(), corpus, expected, work);
            List<SparkBench.Run> runs = new ArrayList<>(List.of(base, base2, one, two));
            if (cluster != null) {
                runs.add(bench.spark(cluster, clusterConf, corpus, expected, work));
            }
            System.out.printf("documents            %d (%d records)%n", docs, expected.size());
            for (SparkBench.Run r : runs) {
                System.out.printf("%-20s %.1f s  %.2f docs/s  peak heap %s  records %s%n", r.master(), r.seconds(),
                        r.docsPerSecond(), r.peakHeapBytes() < 0 ? "(on the executors)" : String.format("%.2f GB", r.peakHeapBytes() / 1e9),
                        r.sameRecords() ? "identical" : "DIFFER");
            }
            System.out.printf("speed-up local[2] / local[1]   %.2fx (target >= 1.8 on 2 cores; without Spark, 2 threads "
                    + "/ 1: %.2fx)%n", two.docsPerSecond() / one.docsPerSecond(), base2.docsPerSecond() / base.docsPerSecond());
            System.out.printf("local[1] time / no Spark       %.2fx (target <= 1.1)%n", one.seconds() / base.seconds());
            if (cluster != null) {
                System.out.printf("cluster / local[1]             %.2fx%n", runs.get(4).docsPerSecond() / one.docsPerSecond());
            }
            return runs.stream().allMatch(SparkBench.Run::sameRecords) ? 0 : 1;
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
