package dyad.gdelt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One GDELT table to read: a plain file, or one entry of a zip file (GDELT publishes its files as
 * {@code 20150218230000.export.CSV.zip}). {@code name} is how messages name it: the path, or
 * {@code path!entry}.
 */
record GdeltInput(String name, Path file, String entry) {

    /** Files named, folders walked (their .csv, .tsv, .txt and .zip files, in name order), zips opened. */
    static List<GdeltInput> list(List<Path> paths, BiConsumer<String, String> unreadable) {
        List<GdeltInput> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    List<Path> files = walk.filter(Files::isRegularFile).filter(GdeltInput::tableName)
                            .sorted(Comparator.comparing(Path::toString)).toList();
                    if (files.isEmpty()) {
                        unreadable.accept(p.toString(), "no .csv, .tsv, .txt or .zip file in the folder");
                    }
                    files.forEach(f -> add(f, out, unreadable));
                } catch (IOException | UncheckedIOException e) {
                    unreadable.accept(p.toString(), "" + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                add(p, out, unreadable);
            } else {
                unreadable.accept(p.toString(), "no such file or directory");
            }
        }
        return out;
    }

    private static boolean tableName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt") || n.endsWith(".zip");
    }

    private static void add(Path file, List<GdeltInput> out, BiConsumer<String, String> unreadable) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            out.add(new GdeltInput(file.toString(), file, null));
            return;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> entries = zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).sorted().toList();
            if (entries.isEmpty()) {
                unreadable.accept(file.toString(), "an empty zip file");
            }
            entries.forEach(e -> out.add(new GdeltInput(file + "!" + e, file, e)));
        } catch (IOException e) {
            unreadable.accept(file.toString(), "not a zip file (" + e.getMessage() + ")");
        }
    }

    /** A zip entry's bytes copied to a new temporary file, for the caller to delete. */
    Path unzipped() throws IOException {
        Path tmp = Files.createTempFile("dyad-gdelt-", ".tsv");
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry(entry))) {
            Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    /** The table's lines, decoded as UTF-8 (a malformed byte is replaced, as GDELT's own readers do). */
    BufferedReader open() throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        if (entry == null) {
            return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
        }
        ZipFile zip = new ZipFile(file.toFile());
        InputStream in = zip.getInputStream(zip.getEntry(entry));
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    zip.close();
                }
            }
        };
    }
}
