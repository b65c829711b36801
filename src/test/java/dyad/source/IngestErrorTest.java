package dyad.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IngestErrorTest {

    @Test
    void messageNamesThePathAndTheReasonOnOneLine() {
        assertThat(new IngestError("letters/x.html", "not UTF-8 at byte 1042").message())
                .isEqualTo("cannot read 'letters/x.html': not UTF-8 at byte 1042");
        assertThat(new IngestError("a.txt", "disk\nfailure").message()).isEqualTo("cannot read 'a.txt': disk failure");
        assertThat(new IngestError("", "no such file or directory").message())
                .isEqualTo("cannot read '': no such file or directory");
        assertThat(new IngestError("a\nb\r\t\u001b\u2028.txt", "empty file").message())
                .isEqualTo("cannot read 'a\\nb\\r\\t\\u001b\\u2028.txt': empty file");
    }

    @Test
    void pathAndReasonAreRequired() {
        assertThatThrownBy(() -> new IngestError(null, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IngestError("a.txt", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
