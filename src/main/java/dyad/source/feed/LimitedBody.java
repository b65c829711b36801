package dyad.source.feed;

import dyad.source.TextDecoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read up to a limit: one that says it is larger ({@code Content-Length}) is refused
 * before a byte is read, one that grows past the limit while it is read is refused then, so a huge or
 * endless page never fills the heap. The body of an answer that is not a success is not read at all.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body was over the limit; its message is the reason to report. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message, null);
        }
    }

    private final long max;
    private final boolean wanted;
    private final long declared;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    private LimitedBody(long max, boolean wanted, long declared) {
        this.max = max;
        this.wanted = wanted;
        this.declared = declared;
    }

    /** Reads the bodies of 2xx answers up to {@code max} bytes; others are left unread (empty). */
    static HttpResponse.BodyHandler<byte[]> handler(long max) {
        return info -> new LimitedBody(max, info.statusCode() / 100 == 2,
                info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (!wanted) {
            s.cancel();
            result.complete(new byte[0]);
        } else if (declared > max) {
            s.cancel();
            result.completeExceptionally(new TooLarge("too large (" + TextDecoder.human(declared) + " > "
                    + TextDecoder.human(max) + " limit)"));
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (bytes.size() + (long) item.remaining() > max) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge("too large (over " + TextDecoder.human(max) + " limit)"));
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
