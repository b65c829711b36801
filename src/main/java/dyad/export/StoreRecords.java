package dyad.export;

import dyad.model.Record;
import dyad.store.DocumentInfo;
import dyad.store.Page;
import dyad.store.PageRequest;
import dyad.store.Repository;
import java.util.List;
import java.util.function.Consumer;

/** Every stored record the filter takes, document by document (newest first), each with its document. */
final class StoreRecords {

    private StoreRecords() {
    }

    /** @return how many records were handed on */
    static long each(Repository repository, ExportFilter filter, Consumer<Exported> sink) {
        long count = 0;
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<DocumentInfo> page = repository.documents(request);
            for (DocumentInfo doc : page.items()) {
                List<Record> records = repository.records(doc.hash());
                for (int n = 0; n < records.size(); n++) {
                    if (filter.takes(records.get(n), doc)) {
                        sink.accept(new Exported(doc, n, records.get(n)));
                        count++;
                    }
                }
            }
            if (!page.more()) {
                return count;
            }
            request = request.next();
        }
    }
}
