package dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.extract.events.TriggerLexicon;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A malformed row in events/triggers.tsv or events/modality.tsv fails loading with the file
 * and line that hold it. The loaders read fixed class-path resources, so each case loads
 * Dyad's classes afresh in a class loader that finds a malformed copy of the file first.
 */
class EventLexiconErrorsTest {

    private static final String TRIGGERS = "dyad/lexicon/events/triggers.tsv";
    private static final String MODALITY = "dyad/lexicon/events/modality.tsv";
    private static final String HEADER = "#type\tmode\tpos\ttrigger\trequires\tnotes\n";

    @TempDir
    Path overrides;

    /** What loading {@code className} (by its static load() or its constructor) throws with {@code file} in place. */
    private Throwable failureLoading(String className, String resource, String content) throws Exception {
        Path file = overrides.resolve(resource);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        URL classes = TriggerLexicon.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {overrides.toUri().toURL(), classes},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> type = Class.forName(className, true, loader);
            try {
                if (className.endsWith("TriggerLexicon")) {
                    type.getMethod("load").invoke(null);
                } else { // the modality cues are read beside the trigger lexicon the detector is given
                    Class<?> lexicon = Class.forName("dyad.extract.events.TriggerLexicon", true, loader);
                    Constructor<?> c = type.getDeclaredConstructor(lexicon);
                    c.setAccessible(true);
                    c.newInstance(lexicon.getMethod("load").invoke(null));
                }
                return null;
            } catch (InvocationTargetException e) {
                return e.getCause();
            }
        }
    }

    private Throwable loadingTriggers(String rows) throws Exception {
        return failureLoading("dyad.extract.events.TriggerLexicon", TRIGGERS, HEADER + rows);
    }

    private Throwable loadingModality(String rows) throws Exception {
        return failureLoading("dyad.extract.events.ModalityDetector", MODALITY, "# cue\tmodality\twhere\n" + rows);
    }

    @Test
    void theIsolatedLoaderReadsTheMalformedCopy() throws Exception {
        assertThat(loadingTriggers("AGREE\t-\tV\tagree\t-\t-\n")).isNull();
        assertThat(loadingModality("not\tnegated\tmodifier\n")).isNull();
    }

    @Test
    void anUnknownTypeIsNamedByLine() throws Exception {
        assertThat(loadingTriggers("AGREE\t-\tV\tagree\t-\t-\nAGRE\t-\tV\tconcur\t-\t-\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("/" + TRIGGERS + " line 3: unknown PLOVER type 'AGRE'");
    }

    @Test
    void anUpperCaseTriggerIsNamedByLine() throws Exception {
        assertThat(loadingTriggers("AGREE\t-\tV\tAgree\t-\t-\n"))
                .hasMessage("/" + TRIGGERS + " line 2: trigger must be a lower-case lemma with part of speech V, N or A");
    }

    @Test
    void aDuplicateTriggerIsNamedByLine() throws Exception {
        assertThat(loadingTriggers("AGREE\t-\tV\tsign\tdeal|pact\t-\nSUPPORT\t-\tV\tsign\tpact|deal\t-\n"))
                .hasMessageStartingWith("/" + TRIGGERS + " line 3: duplicate trigger V 'sign' requiring [");
    }

    @Test
    void aRowWithTooFewColumnsIsNamedByLine() throws Exception {
        assertThat(loadingTriggers("AGREE\tV\tagree\n"))
                .hasMessage("/" + TRIGGERS + " line 2: expected 6 tab-separated columns, found 3");
    }

    @Test
    void anUnknownPartOfSpeechIsNamedByLine() throws Exception {
        assertThat(loadingTriggers("AGREE\t-\tX\tagree\t-\t-\n")).hasMessageStartingWith("/" + TRIGGERS + " line 2: ");
    }

    @Test
    void anUnknownModalityIsNamedByLine() throws Exception {
        assertThat(loadingModality("not\tnegated\tmodifier\nsurely\tsure\tmodifier\n"))
                .hasMessageStartingWith("/" + MODALITY + " line 3: ");
    }

    @Test
    void anUnknownPlaceOrARepeatedCueIsNamedByLine() throws Exception {
        assertThat(loadingModality("not\tnegated\tadverb\n")).hasMessageStartingWith("/" + MODALITY + " line 2: ");
        assertThat(loadingModality("not\tnegated\tmodifier\nnot\tintended\taux\n"))
                .hasMessageStartingWith("/" + MODALITY + " line 3: ");
    }

    @Test
    void aWordListedTwiceInAVerbListIsNamedByFileAndLine() throws Exception {
        for (String list : new String[] {"belief-verbs.txt", "reporting-verbs.txt", "reiterating-verbs.txt"}) {
            String resource = "dyad/lexicon/events/" + list;
            assertThat(failureLoading("dyad.extract.events.TriggerLexicon", resource, "# words\nsay\nsay\n"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("/" + resource + " line 3: duplicate word 'say'");
            Files.delete(overrides.resolve(resource));
        }
    }
}
