package org.doyak.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** File helpers for tests that change dialogs or models: work on a copy, never on the repository. */
public final class Folders {
    private Folders() {
    }

    /** Copies a folder tree; returns {@code to}. */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    /** Copies the repository's dialogs to {@code dir/dialogs} and its models to {@code dir/models}. */
    public static Path[] dialogsAndModels(Path dir) throws IOException {
        return new Path[] {copy(TestServer.DIALOGS, dir.resolve("dialogs")),
            copy(Path.of("nlp-models"), dir.resolve("models"))};
    }
}
