package dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.model.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Records come back from a run's json column as the very records extract wrote. */
class SparkRunReaderTest {

    @Test
    void everyKindOfRecordReadsBackAsTheLineItWasWrittenAs() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".expected.jsonl")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f));
            }
        }

        assertThat(lines).extracting(line -> SparkRunReader.record(line).kind()).contains("event", "quote", "letter", "relation");
        assertThat(lines).allSatisfy(line -> assertThat(Json.line(SparkRunReader.record(line))).isEqualTo(line));
    }

    @Test
    void aLineThatIsNoRecordIsRefusedWithTheLine() {
        assertThatThrownBy(() -> SparkRunReader.record("{\"kind\":\"doc\",\"doc\":\"a.txt\"}"))
                .isInstanceOf(JobInputException.class).hasMessageContaining("not a record");
        assertThatThrownBy(() -> SparkRunReader.record("{\"kind\":\"relation\",\"doc\":\"a.txt\",\"pair\":[\"CAN\"]}"))
                .isInstanceOf(JobInputException.class).hasMessageContaining("\"pair\":[\"CAN\"]");
    }
}
