package dyad.eval;

import static dyad.eval.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected values are what Python 3 prints for the same calls in score.py. */
class PyTextTest {

    @Test
    void normNameMatchesPython() {
        assertThat(PyText.normName("  Nicolás  Maduro-Moros ")).isEqualTo("nicolas maduro moros");
        assertThat(PyText.normName("Straße")).isEqualTo("strasse");
        assertThat(PyText.normName("\u00a0Chargé d\u2019affaires\u00a0")).isEqualTo("charge d affaires");
        assertThat(PyText.normName("½ ﬁnal")).isEqualTo("1 2 final");
        assertThat(PyText.normName("Yıldırım")).isEqualTo("yıldırım");
        assertThat(PyText.normName("ΟΔΥΣΣΕΥΣ")).isEqualTo("οδυσσευσ");
        assertThat(PyText.normName("snake_case x")).isEqualTo("snake_case x");
        assertThat(PyText.normName(null)).isEmpty();
    }

    @Test
    void wordOverlapIsAMultisetRatioOfTheShorterText() {
        assertThat(Norm.wordOverlapRatio("The U.S. imposed sanctions", "the us imposed")).isEqualTo(2.0 / 3);
        assertThat(Norm.wordOverlapRatio("The U.S. imposed sanctions", "u s IMPOSED")).isEqualTo(1.0);
        assertThat(Norm.wordOverlapRatio("", "anything")).isZero();
    }

    @Test
    void strOfJsonValuesMatchesPython() {
        assertThat(PyJson.str(json("2017"))).isEqualTo("2017");
        assertThat(PyJson.str(json("1.0"))).isEqualTo("1.0");
        assertThat(PyJson.str(json("true"))).isEqualTo("True");
        assertThat(PyJson.str(json("1e16"))).isEqualTo("1e+16");
        assertThat(PyJson.str(json("0.0001"))).isEqualTo("0.0001");
        assertThat(PyJson.str(json("1e-05"))).isEqualTo("1e-05");
        assertThat(PyJson.str(json("1.5e300"))).isEqualTo("1.5e+300");
        assertThat(PyJson.str(json("-0.0"))).isEqualTo("-0.0");
        assertThat(PyJson.str(json("[\"a\", 1, null]"))).isEqualTo("['a', 1, None]");
        assertThat(PyJson.str(json("{\"a\": \"it's\"}"))).isEqualTo("{'a': \"it's\"}");
        assertThat(PyJson.str(json("123456789012345678"))).isEqualTo("123456789012345678");
    }

    @Test
    void equalityFollowsPython() {
        assertThat(PyJson.equal(json("1"), json("1.0"))).isTrue();
        assertThat(PyJson.equal(json("true"), json("1"))).isTrue();
        assertThat(PyJson.equal(null, json("null"))).isTrue();
        assertThat(PyJson.equal(json("false"), null)).isFalse();
        assertThat(PyJson.equal(json("[1, {\"a\": 2}]"), json("[1.0, {\"a\": 2}]"))).isTrue();
        assertThat(PyJson.equal(json("\"1\""), json("1"))).isFalse();
    }

    @Test
    void stripAndSplitUsePythonWhitespace() {
        assertThat(PyText.strip("\u00a0\u2007 CAN \u0085")).isEqualTo("CAN");
        assertThat(PyText.split(" a\u3000b\u00a0 c ")).containsExactly("a", "b", "c");
        assertThat(PyText.compare("\uffff", "\ud83d\ude00")).isNegative(); // code points, not UTF-16 units
    }
}
