package dyad.extract.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists in a letter: markers of every common kind, nested points, lists across blank lines, their lead-ins. */
class ListItemsTest {

    private static List<ListItems.ItemList> lists(String text) {
        return new ListItems(new Lines(text), 0, text.length()).lists();
    }

    private static List<String> items(String text, ListItems.ItemList list) {
        return list.items().stream().map(i -> text.substring(i.start(), i.end())).toList();
    }

    @Test
    void numbersLettersRomanNumeralsAndBulletsOpenItems() {
        for (String[] markers : new String[][] {{"1.", "2."}, {"1)", "2)"}, {"(1)", "(2)"}, {"(a)", "(b)"}, {"a)", "b)"},
                {"i.", "ii."}, {"(i)", "(ii)"}, {"-", "-"}, {"•", "•"}, {"*", "*"}}) {
            String text = "We ask:\n" + markers[0] + " Lift the blockade;\n" + markers[1] + " Free the prisoners.\n";
            List<ListItems.ItemList> lists = lists(text);
            assertThat(lists).as(markers[0]).singleElement()
                    .satisfies(l -> assertThat(items(text, l)).containsExactly("Lift the blockade;", "Free the prisoners."));
        }
    }

    @Test
    void aDeeperOrOtherMarkerIsAPointOfTheItemAbove() {
        String text = """
                Our demands:

                1. Canadian policy must:
                  - respect human rights;
                  - uphold sovereignty.
                2. Canada must act now.
                """;
        List<ListItems.ItemList> lists = lists(text);
        assertThat(lists).singleElement().satisfies(l -> {
            assertThat(items(text, l)).containsExactly(
                    "Canadian policy must:\n  - respect human rights;\n  - uphold sovereignty.", "Canada must act now.");
            assertThat(text.substring(l.leadStart(), l.leadEnd())).isEqualTo("Our demands:");
        });
    }

    @Test
    void blankLinesSeparateItemsOfOneListButAParagraphEndsIt() {
        String text = """
                We call on Kenya to:

                (a) Recall the officers;

                (b) Publish the budget.

                The people of Haiti deserve better.

                (c) Consult civil society.
                """;
        List<ListItems.ItemList> lists = lists(text);
        assertThat(lists).hasSize(2);
        assertThat(items(text, lists.get(0))).containsExactly("Recall the officers;", "Publish the budget.");
        assertThat(text.substring(lists.get(1).leadStart(), lists.get(1).leadEnd()))
                .isEqualTo("The people of Haiti deserve better.");
        // "(i)" after "(h)" is a letter, not a roman numeral starting another list.
        String lettered = "(g) One;\n(h) Two;\n(i) Three.\n";
        assertThat(lists(lettered)).singleElement().satisfies(l -> assertThat(l.items()).hasSize(3));
    }
}
