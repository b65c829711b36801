package dyad.source;

import dyad.model.Document;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Turns command-line arguments (files, folders, {@code -} for stdin) into documents. A
 * source that cannot be read is reported and skipped; the others are still read, so one
 * bad file in a folder of letters never loses the rest.
 *
 * <p>Document ids: a file given directly is named by its file name; a file found in a
 * folder by its path relative to that folder, with '/' separators on every platform;
 * stdin is {@code stdin}. Error paths are the paths as the user would type them.
 *
 * <p>Two limits keep one document from exhausting the process: a file over the decoder's size
 * limit is refused before it is read, and a document whose text (after HTML extraction) is over
 * {@link #DEFAULT_MAX_CHARS} characters is refused before it is analysed, because the NLP stage
 * holds about half a kilobyte of heap per character of text and takes minutes per million.
 */
public final class SourceReader {

    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "md", "markdown");
    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm");

    /** Stdin has no name to go by, so HTML is recognised by how it starts. */
    private static final Pattern HTML_START =
            Pattern.compile("^\\uFEFF?\\s*<(?:!doctype\\s+html|html)[\\s>]", Pattern.CASE_INSENSITIVE);

    /** Whether a text of unknown kind is an HTML page, from how it starts (a doctype or an html tag). */
    static boolean looksLikeHtml(String text) {
        return HTML_START.matcher(text).find();
    }

    /** Two million characters: some 300,000 words, far above any letter, article or report. */
    public static final int DEFAULT_MAX_CHARS = 2_000_000;

    private final TextDecoder decoder;
    private final InputStream stdin;
    private final DocumentMaker maker;

    /** Reads stdin from {@code System.in}; {@code dates} (from --doc-date, --doc-dates) may be null. */
    public SourceReader(DocumentDates dates) {
        this(new TextDecoder(), new DocumentDater(), dates, System.in);
    }

    /**
     * @param dates the dates given to documents instead of the found ones, or null (none)
     * @param stdin what {@code -} reads; not closed
     */
    public SourceReader(TextDecoder decoder, DocumentDater dater, DocumentDates dates, InputStream stdin) {
        this(decoder, dater, dates, stdin, DEFAULT_MAX_CHARS);
    }

    /**
     * @param maxChars the longest document text accepted, in characters (UTF-16 units)
     */
    public SourceReader(TextDecoder decoder, DocumentDater dater, DocumentDates dates, InputStream stdin,
                        int maxChars) {
        if (decoder == null || dater == null || stdin == null) {
            throw new IllegalArgumentException("decoder, dater and stdin are required");
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("max document length must be at least 1 character: " + maxChars);
        }
        this.decoder = decoder;
        this.stdin = stdin;
        this.maker = new DocumentMaker(dater, dates == null ? DocumentDates.NONE : dates, maxChars);
    }

    /** Files, folders (recursively, sorted) and {@code -}, in the order given. */
    public void read(List<String> args, Consumer<Document> onDocument, Consumer<IngestError> onError) {
        readSources(args, (path, doc) -> onDocument.accept(doc), onError);
    }

    /**
     * As {@link #read}, also handing over where each document came from: the file's absolute,
     * normalised path, or null for stdin. The store links paths to the texts they hold.
     */
    public void readSources(List<String> args, BiConsumer<String, Document> onDocument, Consumer<IngestError> onError) {
        for (String arg : args) {
            if (arg.equals("-")) {
                readStdin(onDocument, onError);
                continue;
            }
            if (arg.isEmpty()) {
                // Path.of("") is the working directory: never read it by accident.
                onError.accept(new IngestError(arg, "no such file or directory"));
                continue;
            }
            Path path;
            try {
                path = Path.of(arg);
            } catch (InvalidPathException e) {
                onError.accept(new IngestError(arg, "invalid path"));
                continue;
            }
            if (Files.isDirectory(path)) {
                readFolder(arg, path, onDocument, onError);
            } else if (Files.exists(path)) {
                Path name = path.getFileName();
                readFile(arg, path, path.toAbsolutePath().normalize().getParent(), name == null ? arg : name.toString(),
                        isHtml(path), onDocument, onError);
            } else {
                onError.accept(new IngestError(arg, UnreadableException.missing(path).getMessage()));
            }
        }
    }

    private void readStdin(BiConsumer<String, Document> onDocument, Consumer<IngestError> onError) {
        Document doc;
        try {
            String text = decoder.read(stdin);
            doc = maker.document("stdin", text, looksLikeHtml(text), null, null, onError);
        } catch (UnreadableException e) {
            onError.accept(new IngestError("stdin", e.getMessage()));
            return;
        } catch (RuntimeException | StackOverflowError e) {
            onError.accept(new IngestError("stdin", unexpected(e)));
            return;
        }
        onDocument.accept(null, doc);
    }

    private void readFolder(String arg, Path folder, BiConsumer<String, Document> onDocument, Consumer<IngestError> onError) {
        List<Path> found = new ArrayList<>();
        List<IngestError> walkErrors = new ArrayList<>();
        try {
            // Links are followed (a linked folder of letters is read); a link loop is skipped.
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!hidden(file) && isText(file) && attrs.isRegularFile()) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        return FileVisitResult.CONTINUE;
                    }
                    walkErrors.add(new IngestError(file.toString(), UnreadableException.of(e).getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            walkErrors.add(new IngestError(arg, UnreadableException.of(e).getMessage()));
        }
        walkErrors.forEach(onError);
        if (found.isEmpty()) {
            if (walkErrors.isEmpty()) {
                onError.accept(new IngestError(arg, "no .txt, .md or .html files in folder"));
            }
            return;
        }
        found.sort(Comparator.comparing(file -> id(folder, file)));
        for (Path file : found) {
            readFile(file.toString(), file, folder.toAbsolutePath().normalize(), id(folder, file), isHtml(file),
                    onDocument, onError);
        }
    }

    /** @param root the folder given (or the folder of a file given): catalogs are looked for up to it */
    private void readFile(String shownPath, Path file, Path root, String id, boolean html,
                          BiConsumer<String, Document> onDocument, Consumer<IngestError> onError) {
        Document doc;
        try {
            // Pipes and devices have no size up front; read them as streams under the same limit.
            String text = Files.isRegularFile(file) ? decoder.read(file) : readStream(file);
            doc = maker.document(id, text, html, file, root, onError);
        } catch (UnreadableException e) {
            onError.accept(new IngestError(shownPath, e.getMessage()));
            return;
        } catch (RuntimeException | StackOverflowError e) {
            // A bug met on one file must not lose the others.
            onError.accept(new IngestError(shownPath, unexpected(e)));
            return;
        }
        onDocument.accept(file.toAbsolutePath().normalize().toString(), doc);
    }

    private static String unexpected(Throwable e) {
        return "unexpected " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private String readStream(Path file) throws UnreadableException {
        try (InputStream in = Files.newInputStream(file)) {
            return decoder.read(in);
        } catch (IOException e) {
            throw UnreadableException.of(e);
        }
    }

    private static String id(Path folder, Path file) {
        List<String> parts = new ArrayList<>();
        folder.relativize(file).forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isText(Path file) {
        String extension = extension(file);
        return TEXT_EXTENSIONS.contains(extension) || HTML_EXTENSIONS.contains(extension);
    }

    private static boolean isHtml(Path file) {
        return HTML_EXTENSIONS.contains(extension(file));
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString();
        int dot = s.lastIndexOf('.');
        return dot < 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
