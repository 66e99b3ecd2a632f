package org.doyak.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.doyak.AppConfig;

/**
 * The default dialogs and intent model the jar carries (resources {@code bundled/dialogs/} and
 * {@code bundled/nlp-models/}, copied from the repository's {@code dialogs/} and {@code nlp-models/} at
 * build time), and writing them out as folders staff can edit.
 */
final class Bundled {
    /** The bundled folders, as written out. */
    static final List<String> FOLDERS = List.of("dialogs", "nlp-models");

    private Bundled() {
    }

    /**
     * The files {@link #writeTo} would write into {@code dir}, relative to it ({@code dialogs/flows/a.yaml}).
     *
     * @throws UncheckedIOException when the jar cannot be read
     */
    static List<String> files() {
        List<String> out = new ArrayList<>();
        Path root = root();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
                    .forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dialogs bundled in the jar", e);
        }
        return out;
    }

    /**
     * Writes the bundled {@code dialogs/} and {@code nlp-models/} into {@code dir}, creating folders as needed.
     * Overwrites nothing: when any of the files already exists, writes nothing and returns those files.
     *
     * @return the files that already exist (then nothing was written); empty when everything was written
     * @throws UncheckedIOException when a file cannot be written (the files written so far stay)
     */
    static List<String> writeTo(Path dir) {
        List<String> files = files();
        List<String> existing = files.stream().filter(f -> Files.exists(dir.resolve(f))).toList();
        if (!existing.isEmpty()) {
            return existing;
        }
        Path root = root();
        try {
            for (String f : files) {
                Path target = dir.resolve(f);
                Files.createDirectories(target.getParent());
                Files.copy(root.resolve(f), target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bundled dialogs to " + dir, e);
        }
        return List.of();
    }

    /**
     * The configuration to serve with: unchanged when its dialogs folder exists or was chosen
     * ({@code --dialogs}, {@code DOYAK_DIALOGS}); otherwise the bundled dialogs (and, when the models folder is
     * missing and was not chosen either, the bundled model), written to a new temporary folder, with a notice.
     *
     * @param dialogsChosen whether the dialogs folder was given by flag or environment
     * @param modelsChosen whether the models folder was given by flag or environment
     * @param notice told which folders are served and how to get an editable copy
     * @throws UncheckedIOException when the temporary copy cannot be written
     */
    static AppConfig orBundled(AppConfig config, boolean dialogsChosen, boolean modelsChosen,
            Consumer<String> notice) {
        if (dialogsChosen || Files.isDirectory(config.dialogs())) {
            return config;
        }
        Path copy;
        try {
            copy = Files.createTempDirectory("doyak-bundled");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for the bundled dialogs", e);
        }
        writeTo(copy);
        boolean bundledModels = !modelsChosen && !Files.isDirectory(config.models());
        Path models = bundledModels ? copy.resolve("nlp-models") : config.models();
        notice.accept("No " + config.dialogs() + " folder in " + Path.of("").toAbsolutePath() + ": serving the default "
                + "dialogs bundled in the jar" + (bundledModels ? " and their intent model" : "") + " (a copy in "
                + copy + "; edits there are lost). For dialogs staff can edit: java -jar doyak.jar init DIR, "
                + "then serve from DIR. / " + config.dialogs() + " 폴더가 없어 jar에 들어 있는 기본 대화를 씁니다. 수정하려면 "
                + "java -jar doyak.jar init 폴더 로 꺼내세요.");
        return config.withFolders(copy.resolve("dialogs"), models);
    }

    /** The {@code bundled/} resource folder, inside the jar or (in development) in {@code target/classes}. */
    private static Path root() {
        URL url = Bundled.class.getResource("/bundled/dialogs/README.md");
        if (url == null) {
            throw new IllegalStateException("this build carries no bundled dialogs");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // opened before: Path.of finds it
                }
            }
            return Path.of(uri).getParent().getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the bundled dialogs: " + e.getMessage(), e);
        }
    }
}
