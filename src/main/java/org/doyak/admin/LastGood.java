package org.doyak.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the last dialogs that went live, kept so a server that finds mistakes in the files at start
 * can serve the version that worked. The copy is replaced whole: written beside it, then renamed.
 */
final class LastGood {
    private final Path dir;

    /** @param dir where the copy lives (created on the first save) */
    LastGood(Path dir) {
        this.dir = dir;
    }

    /** The copy's folder. */
    Path dir() {
        return dir;
    }

    /** Whether a copy was saved before. */
    boolean exists() {
        return Files.isDirectory(dir);
    }

    /**
     * Copies the YAML files of {@code from} into a staging folder beside the copy (named like {@code from},
     * so problems name files as staff know them) and returns it: a publish builds, tests and keeps exactly
     * these files, whatever staff save meanwhile.
     *
     * @throws UncheckedIOException when the files cannot be copied
     */
    Path stage(Path from) {
        Path staging = dir.resolveSibling(dir.getFileName() + ".staged");
        Path staged = staging.resolve(from.toAbsolutePath().normalize().getFileName().toString());
        try {
            delete(staging);
            copyYaml(from, staged);
            return staged;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the dialogs in " + staging, e);
        }
    }

    /**
     * Replaces the copy with the YAML files of {@code from}.
     *
     * @throws UncheckedIOException when the copy cannot be written (the old copy stays)
     */
    void save(Path from) {
        if (from.toAbsolutePath().normalize().equals(dir.toAbsolutePath().normalize())) {
            return;
        }
        Path fresh = dir.resolveSibling(dir.getFileName() + ".new");
        Path old = dir.resolveSibling(dir.getFileName() + ".old");
        try {
            delete(fresh);
            delete(old);
            copyYaml(from, fresh);
            if (Files.exists(dir)) {
                Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, dir, StandardCopyOption.ATOMIC_MOVE);
            delete(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the last good dialogs to " + dir, e);
        }
    }

    private static void copyYaml(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(DialogsVersion::isYaml).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path each : all) {
                Files.delete(each);
            }
        }
    }
}
