package dyad.accountability;

import dyad.model.Record;
import dyad.store.Repository;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The store's documents as {@link DecisionPlacement} sees them. */
final class StoreVersions implements DecisionPlacement.Versions {

    private final Repository repository;

    StoreVersions(Repository repository) {
        this.repository = repository;
    }

    @Override
    public boolean stored(String documentHash) {
        return repository.contains(documentHash);
    }

    @Override
    public Optional<String> documentAt(String path) {
        return repository.documentAt(path);
    }

    @Override
    public List<Record> records(String documentHash) {
        return repository.records(documentHash);
    }

    @Override
    public LocalDate storedOn(String documentHash) {
        return repository.document(documentHash).map(d -> LocalDate.ofInstant(d.info().ingestedAt(), ZoneOffset.UTC))
                .orElse(null);
    }

    /** Where the document was first read (null for stdin or when not stored). */
    String pathOf(String documentHash) {
        return repository.document(documentHash).map(d -> d.info().path()).orElse(null);
    }
}
