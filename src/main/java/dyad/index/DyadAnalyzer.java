package dyad.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text is cut into search terms, for indexing and for queries alike: Unicode word
 * boundaries (UAX #29), possessives dropped ("Canada's" = "Canada"), lower case, accents folded
 * ("Mélanie" = "melanie"), English stems ("sanctions" = "sanction"). No stop words: "will not"
 * must stay searchable in a corpus about refusals.
 *
 * <p>Values of a multi-valued field are kept apart by a position gap, so a phrase never spans
 * two actors ("Canada Venezuela" does not match source Canada, target Venezuela).
 */
final class DyadAnalyzer extends Analyzer {

    private static final int GAP_BETWEEN_VALUES = 100;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream terms = new EnglishPossessiveFilter(source);
        terms = new LowerCaseFilter(terms);
        terms = new ASCIIFoldingFilter(terms);
        terms = new PorterStemFilter(terms);
        return new TokenStreamComponents(source, terms);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return GAP_BETWEEN_VALUES;
    }
}
