package dyad.cli;

import dyad.bench.ExtractionBench;
import dyad.bench.LongSentenceBench;
import dyad.extract.DocumentExtractor;
import dyad.extract.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {StoreBenchCommand.class, ServeBenchCommand.class, SparkBenchCommand.class, ImportBenchCommand.class, ClusterBenchCommand.class},
        description = {"Stock CoreNLP pipeline vs. full extraction on the sample and benchmark texts; prints the ratio; "
                + "then one sentence with no end, against itself a quarter as long and against ordinary sentences.",
                "'bench store --events N' benchmarks the store instead; 'bench serve' the web server; 'bench spark' the Spark job; 'bench import --rows N' the GDELT import; 'bench cluster --events N' clustering."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--shared", description = "The shared folder with corpus/ and bench/ (default: ${DEFAULT-VALUE}).")
    Path shared = Path.of("../shared");

    @Option(names = "--threads", description = "Extraction threads (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--long-sentence", paramLabel = "CHARS",
            description = "Length of the sentence with no end timed at it and at four times it (default: ${DEFAULT-VALUE}).")
    int longSentence = 25_000;

    @Override
    public Integer call() throws Exception {
        if (longSentence < 1_000 || longSentence > 500_000) {
            throw new UserError("--long-sentence must be 1000..500000 characters: " + longSentence);
        }
        if (!Files.isDirectory(shared.resolve("corpus/seeds"))) {
            throw new UserError("no sample texts at '" + shared.resolve("corpus/seeds") + "' (use --shared DIR)");
        }
        DocumentExtractor extractor = Models.load().extractor();
        ExtractionBench.Result r = new ExtractionBench().run(shared, extractor, threads, System.err);
        System.out.printf("documents            %d%n", r.documents());
        System.out.printf("tokens               %d%n", r.tokens());
        System.out.printf("stock CoreNLP        %.2f s  %.1f docs/s  %.0f tokens/s  (1 thread, default settings)%n",
                r.stockSeconds(), r.documents() / r.stockSeconds(), r.tokens() / r.stockSeconds());
        System.out.printf("dyad extract         %.2f s  %.1f docs/s  %.0f tokens/s  (%d threads)%n",
                r.extractSeconds(), r.documents() / r.extractSeconds(), r.tokens() / r.extractSeconds(), threads);
        System.out.printf("ratio extract/stock  %.2fx faster%n", r.ratio());
        System.out.printf("peak heap            %.2f GB (max %.2f GB)%n", r.peakHeapBytes() / 1e9,
                Runtime.getRuntime().maxMemory() / 1e9);
        LongSentenceBench.Result l = new LongSentenceBench().run(extractor, longSentence);
        System.out.printf("one long sentence    %,d chars %.2f s, %,d chars %.2f s: ratio %.2f (linear: 4); "
                        + "the same words in sentences of ten clauses %.2f s: ratio %.2f%n", l.chars(), l.seconds(),
                l.chars() * 4, l.longSeconds(), l.ratio(), l.ordinarySeconds(), l.overOrdinary());
        return 0;
    }
}
