package dyad.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashTest {

    @Test
    void aSignatureReadsBackAsWritten() {
        long[] sig = new MinHash(ClusterSettings.DEFAULTS).signature("Ghana expelled the Ivorian ambassador on Monday, the ministry said.");
        assertThat(MinHash.decode(MinHash.encode(sig))).containsExactly(sig);
        long[] edges = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0xabcdefL};
        assertThat(MinHash.decode(MinHash.encode(edges))).containsExactly(edges);
        assertThat(MinHash.decode("")).isEmpty();
    }

    @Test
    void aBadSettingIsNamedWithItsRange() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ClusterSettings(4, 128, 32, 0.5, 0, 3, 0.05, 0.10, 183))
                .hasMessage("cluster setting commonBand must be 1..1000000: 0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ClusterSettings(4, 128, 32, 0.5, 100, 3, 0.05, 0.10, 400))
                .hasMessage("cluster setting undatedWindowDays must be 0..366: 400");
    }
}
