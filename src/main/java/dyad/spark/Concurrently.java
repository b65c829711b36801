package dyad.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a driver's Spark actions at the same time. Writing a run's tables is eight small jobs;
 * one after another, each waits for its own scheduling and file commits (seconds of idle cores
 * on a run of a few hundred documents); together, Spark schedules their tasks side by side.
 */
final class Concurrently {

    private Concurrently() {
    }

    /** Runs every action and waits for all; the first failure is thrown once all have ended. */
    static void run(List<Runnable> actions) {
        ExecutorService pool = Executors.newFixedThreadPool(actions.size(), r -> {
            Thread t = new Thread(r, "dyad-spark-write");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            actions.forEach(a -> running.add(pool.submit(a)));
            RuntimeException failed = null;
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (failed == null) {
                        failed = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                }
            }
            if (failed != null) {
                throw failed;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the tables", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
