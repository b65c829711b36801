package dyad.web;

import dyad.store.Repository;

/**
 * {@code GET /api/clusters/{id}}: one act as every source tells it — the canonical telling, each
 * telling with its evidence and document, documents and independent sources, first and last
 * report, conflicts.
 */
final class ClustersApi {

    private final Repository repository;

    ClustersApi(Repository repository) {
        this.repository = repository;
    }

    void register(RouteTable routes) {
        routes.api("/api/clusters/{id}", ctx -> ctx.json(ClusterViews.of(ClusterViews.find(repository, ctx.pathParam("id")))));
    }
}
