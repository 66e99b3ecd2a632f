package org.doyak.dialog.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.doyak.dialog.load.Node.Mapping;
import org.doyak.dialog.load.Node.Scalar;
import org.doyak.dialog.load.Node.Seq;

/**
 * The intent names of an {@code intents/} folder ({@code intents: [{name: ...}]}), for checking the
 * intents flows name in their triggers. Mistakes in those files are the intent loader's to report; here
 * an unreadable file just adds no names.
 */
final class IntentNames {
    private IntentNames() {
    }

    /** The names, or empty when the folder is missing or holds no intents (nothing to check against). */
    static Optional<Set<String>> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .toList()) {
                names.addAll(names(file));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    private static List<String> names(Path file) {
        try {
            Node root = YamlTree.parse(file.toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8),
                    new Problems());
            if (root instanceof Mapping m && m.entries().get("intents") instanceof Seq intents) {
                return intents.items().stream().filter(i -> i instanceof Mapping)
                        .map(i -> ((Mapping) i).entries().get("name"))
                        .filter(n -> n instanceof Scalar s && s.value() != null)
                        .map(n -> ((Scalar) n).value().strip()).toList();
            }
        } catch (IOException | YamlSyntaxException e) {
            return List.of();
        }
        return List.of();
    }
}
