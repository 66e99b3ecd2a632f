package org.doyak.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a dialogs folder holds at one moment: each YAML file's path (relative, with {@code /}) and the
 * SHA-256 of its bytes. Two versions compare file by file, so a publish can say what changed.
 *
 * @param files relative path → content hash, sorted by path
 */
public record DialogsVersion(Map<String, String> files) {

    /** An immutable, sorted copy. */
    public DialogsVersion {
        files = new TreeMap<>(files);
    }

    /** No files at all (before the first publish). */
    public static final DialogsVersion NONE = new DialogsVersion(Map.of());

    /**
     * Reads every {@code *.yaml} / {@code *.yml} file under {@code dir}.
     *
     * @throws UncheckedIOException when the folder cannot be read
     */
    public static DialogsVersion of(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(DialogsVersion::isYaml).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), sha256(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        return new DialogsVersion(files);
    }

    /** Whether a path names a dialog file (YAML). */
    public static boolean isYaml(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** The files added, changed or removed since {@code before}, e.g. {@code "changed flows/welcome.yaml"}. */
    public List<String> changesSince(DialogsVersion before) {
        List<String> changes = new ArrayList<>();
        files.forEach((path, hash) -> {
            String old = before.files.get(path);
            if (old == null) {
                changes.add("added " + path);
            } else if (!old.equals(hash)) {
                changes.add("changed " + path);
            }
        });
        before.files.keySet().stream().filter(p -> !files.containsKey(p)).forEach(p -> changes.add("removed " + p));
        return changes;
    }

    /** Whether any intent file ({@code intents/...}) differs from {@code before}. */
    public boolean intentsChangedSince(DialogsVersion before) {
        return changesSince(before).stream().anyMatch(c -> c.substring(c.indexOf(' ') + 1).startsWith("intents/"));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
