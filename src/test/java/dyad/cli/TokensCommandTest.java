package dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.access.JdbcTokens;
import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dyad tokens add|list|revoke`: a token printed once, its holder listed, revoked; mistakes in one line. */
class TokensCommandTest {

    @TempDir
    Path folder;

    @Test
    void aTokenIsPrintedOnceListedByItsHolderAndRevoked() {
        String db = folder.toString();
        Cli.Run added = new Cli().run("tokens", "add", "--db", db, "Ana Reviewer");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.outLines()).singleElement().asString().startsWith("dyad_");
        String token = added.outLines().get(0);
        assertThat(added.err()).startsWith("dyad: token issued to 'Ana Reviewer'; it is shown only now");
        StoreLocation location = StoreLocation.folder(folder);
        try (Repository repository = Stores.open(location); JdbcTokens tokens = JdbcTokens.open(location)) {
            assertThat(tokens.holder(token)).hasValue("Ana Reviewer");
        }

        Cli.Run list = new Cli().run("tokens", "list", "--db", db);
        assertThat(list.exit()).isZero();
        assertThat(list.outLines()).singleElement().asString().matches("Ana Reviewer\tissued \\d{4}-\\d\\d-\\d\\d")
                .doesNotContain(token);

        Cli.Run twice = new Cli().run("tokens", "add", "--db", db, "Ana Reviewer");
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).isEqualTo("dyad: 'Ana Reviewer' holds a token already; revoke it first ('dyad tokens revoke')\n");

        Cli.Run revoked = new Cli().run("tokens", "revoke", "--db", db, "Ana Reviewer");
        assertThat(revoked.exit()).isZero();
        assertThat(new Cli().run("tokens", "list", "--db", db).out()).isEmpty();
        Cli.Run unknown = new Cli().run("tokens", "revoke", "--db", db, "Ana Reviewer");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("dyad: no token is issued to 'Ana Reviewer'");
        try (Repository repository = Stores.open(location); JdbcTokens tokens = JdbcTokens.open(location)) {
            assertThat(tokens.holder(token)).isEmpty();
        }
    }

    @Test
    void badNamesAndStoresAreOneLine() {
        Cli.Run colon = new Cli().run("tokens", "add", "--db", folder.toString(), "a:b");
        assertThat(colon.exit()).isEqualTo(2);
        assertThat(colon.errLines()).singleElement().asString().startsWith("dyad: a holder's name may hold no colon");
        Cli.Run memory = new Cli().run("tokens", "add", "--db", "jdbc:duckdb:", "Ana");
        assertThat(memory.exit()).isEqualTo(2);
        assertThat(memory.errLines()).singleElement().asString().contains("in-memory");
        assertThat(new Cli().run("tokens").exit()).isEqualTo(2);
    }
}
