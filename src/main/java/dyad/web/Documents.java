package dyad.web;

import dyad.store.ContentHash;
import dyad.store.Repository;
import dyad.store.StoredDocument;

/** Looks up a stored document by the id in a URL (its content hash); unknown ids are a 404. */
final class Documents {

    private Documents() {
    }

    static StoredDocument find(Repository repository, String id) {
        if (!ContentHash.valid(id)) {
            throw new NotFound("no document " + Shown.quoted(id) + ": ids are 64-character content hashes");
        }
        return repository.document(id).orElseThrow(() -> new NotFound("no document " + Shown.quoted(id)));
    }
}
