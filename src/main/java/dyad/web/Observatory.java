package dyad.web;

import dyad.access.Tokens;
import dyad.accountability.LetterService;
import dyad.index.SearchIndex;
import dyad.store.Repository;
import dyad.timeline.Timelines;

/**
 * Everything the web server reads: the store, the dyad timelines built from it, the search
 * index and letter tracking. The one place where the server's collaborators meet; {@code dyad serve}
 * builds it in {@link dyad.cli.ServeCommand} and tests build it from fakes or a store in a folder.
 *
 * @param letterService letter tracking over the store and its decision log; null where the store has
 *                      no decision log (an in-memory store): the letter routes then answer 503
 * @param tokens        who the tokens requests carry belong to ({@link Tokens#NONE} where the store keeps none)
 */
public record Observatory(Repository repository, Timelines timelines, SearchIndex search, LetterService letterService,
                          Tokens tokens) {

    public Observatory {
        if (repository == null || timelines == null || search == null) {
            throw new IllegalArgumentException("the web server needs a repository, timelines and a search index");
        }
        tokens = tokens == null ? Tokens.NONE : tokens;
    }

    /** Without letter tracking. */
    public static Observatory of(Repository repository, Timelines timelines, SearchIndex search) {
        return new Observatory(repository, timelines, search, null, Tokens.NONE);
    }

    public static Observatory of(Repository repository, Timelines timelines, SearchIndex search, LetterService letters) {
        return new Observatory(repository, timelines, search, letters, Tokens.NONE);
    }

    /** The same, with the store's tokens. */
    public Observatory withTokens(Tokens tokens) {
        return new Observatory(repository, timelines, search, letterService, tokens);
    }

    /** Letter tracking, or {@link Unavailable} (HTTP 503) naming why it is missing. */
    LetterService letters() {
        if (letterService == null) {
            throw new Unavailable("letter tracking is not available: the store has no decision log (an in-memory store?)");
        }
        return letterService;
    }
}
