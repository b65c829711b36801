package dyad.lexicon;

import dyad.model.PloverType;
import java.util.List;

/** One row of the converted triggers.tsv, with the CAMEO code and source it came from. */
record TriggerRow(PloverType type, String mode, char pos, String lemma, List<String> requires, String code,
                  String source) {

    TriggerRow {
        requires = List.copyOf(requires);
    }

    TriggerRow withRequires(List<String> words) {
        return new TriggerRow(type, mode, pos, lemma, words, code, source);
    }

    List<String> cells() {
        return List.of(type.name(), mode == null ? "-" : mode, String.valueOf(pos), lemma,
                requires.isEmpty() ? "-" : String.join("|", requires), "CAMEO " + code + ": " + source);
    }
}
