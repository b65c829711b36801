package dyad.cli;

import dyad.access.IssuedToken;
import dyad.access.JdbcTokens;
import dyad.store.Repository;
import dyad.store.StoreException;
import dyad.store.Stores;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = {"Tokens for writing through 'dyad serve' when it listens beyond loopback (and reading, with --private).",
                "A token is shown once, when issued; the store keeps only its SHA-256. Its holder's name is the 'who' of "
                        + "the decisions made with it. On the embedded store, run these while the server is stopped."},
        subcommands = {TokensCommand.Add.class, TokensCommand.Revoke.class, TokensCommand.ListCommand.class})
final class TokensCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** No subcommand: the usage, and a usage error's exit code. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return spec.exitCodeOnInvalidInput();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The holders of tokens and the day each was issued.")
    static final class ListCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (IssuedToken t : withTokens(store, JdbcTokens::list)) {
                out.println(t.holder() + "\tissued " + t.issued().atOffset(ZoneOffset.UTC).toLocalDate());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Issue a token to NAME and print it (once: keep it). A name holds one token at a time.")
    static final class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Parameters(paramLabel = "NAME", description = "Who holds it: recorded as 'who' of the decisions made with it.")
        String name;

        @Override
        public Integer call() {
            String token = withTokens(store, tokens -> tokens.issue(name));
            spec.commandLine().getOut().println(token);
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().println("dyad: token issued to '" + name.strip() + "'; it is shown only now"
                    + " (send it as 'Authorization: Bearer TOKEN')");
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke NAME's token: it names nobody from now on.")
    static final class Revoke implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Parameters(paramLabel = "NAME", description = "The holder, as 'dyad tokens list' shows them.")
        String name;

        @Override
        public Integer call() {
            if (!withTokens(store, tokens -> tokens.revoke(name))) {
                throw new UserError("no token is issued to '" + name.strip() + "'; 'dyad tokens list' shows the holders");
            }
            spec.commandLine().getErr().println("dyad: revoked the token of '" + name.strip() + "'");
            return 0;
        }
    }

    /** Runs {@code action} on the store's tokens; the store's problems and a bad name are the user's to fix. */
    private static <T> T withTokens(StoreOption store, Function<JdbcTokens, T> action) {
        try (Repository repository = Stores.open(store.location()); JdbcTokens tokens = JdbcTokens.open(store.location())) {
            return action.apply(tokens);
        } catch (IllegalArgumentException | StoreException e) {
            throw new UserError(e.getMessage());
        }
    }
}
