package org.doyak.dialog.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.doyak.dialog.Collection;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.Flow;
import org.doyak.dialog.Text;
import org.doyak.dialog.check.ButtonLimits;
import org.doyak.dialog.check.FlowChecks;
import org.doyak.dialog.load.Node.Where;

/**
 * Loads a dialogs folder: {@code flows/*.yaml}, {@code messages.yaml} and {@code content/*.yaml}.
 * Every problem in every file is collected; dialogs are returned only when there are none.
 */
public final class DialogLoader {
    private DialogLoader() {
    }

    /**
     * The outcome of a load.
     *
     * @param dialogs the loaded dialogs, or null when there were problems
     * @param problems one {@code FILE:LINE:COLUMN: message} line per problem, sorted
     * @param warnings lines in the same form about things that work but could be better (e.g. button
     *     payloads too long for Telegram's callback data); they never stop a load
     */
    public record Result(Dialogs dialogs, List<String> problems, List<String> warnings) {

        /** True when the dialogs loaded without a problem. */
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Loads and checks the folder. Never throws for bad content; I/O failures become problems.
     *
     * @param actionNames the actions {@code do} steps may name
     */
    public static Result load(Path dir, Set<String> actionNames) {
        Problems problems = new Problems();
        if (!Files.isDirectory(dir)) {
            problems.add(new Where(dir.toString(), 1, 1), "no such dialogs folder");
            return new Result(null, problems.lines(), List.of());
        }
        List<ParsedFlow> flows = new ArrayList<>();
        Map<String, Collection> content = new LinkedHashMap<>();
        Map<String, Text> messages = new LinkedHashMap<>();
        FlowParser flowParser = new FlowParser(problems);
        ContentParser contentParser = new ContentParser(problems);
        forEachYaml(dir, dir.resolve("flows"), problems, root -> flowParser.parse(root).ifPresent(flows::add));
        forEachYaml(dir, dir.resolve("content"), problems, root -> contentParser.parse(root).ifPresent(c -> {
            if (content.putIfAbsent(c.name(), c) != null) {
                problems.add(root.where(), "duplicate collection '" + c.name() + "'");
            }
        }));
        Path messagesFile = dir.resolve("messages.yaml");
        Where messagesPlace = new Where(name(dir, messagesFile), 1, 1);
        if (Files.isRegularFile(messagesFile)) {
            parseFile(dir, messagesFile, problems, root -> messages.putAll(flowParser.messages(root)));
        }
        if (flows.isEmpty() && problems.isEmpty()) {
            problems.add(new Where(name(dir, dir.resolve("flows")), 1, 1), "no flows found: add flows/*.yaml");
        }
        FlowChecks.check(flows, messages, messagesPlace, content.keySet(), actionNames, problems);
        if (!problems.isEmpty()) {
            return new Result(null, problems.lines(), List.of());
        }
        Map<String, Flow> byId = new LinkedHashMap<>();
        flows.forEach(f -> byId.put(f.flow().id(), f.flow()));
        Problems warnings = new Problems();
        ButtonLimits.check(flows, warnings);
        return new Result(new Dialogs(byId, messages, content), List.of(), warnings.lines());
    }

    private static void forEachYaml(Path base, Path folder, Problems problems, Consumer<Node> sink) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted()
                    .forEach(p -> parseFile(base, p, problems, sink));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void parseFile(Path base, Path file, Problems problems, Consumer<Node> sink) {
        String name = name(base, file);
        try {
            Node root = YamlTree.parse(name, Files.newBufferedReader(file, StandardCharsets.UTF_8), problems);
            if (root == null) {
                problems.add(new Where(name, 1, 1), "the file is empty");
            } else {
                sink.accept(root);
            }
        } catch (YamlSyntaxException e) {
            problems.add(e.where(), "not valid YAML: " + e.getMessage().substring(e.where().toString().length() + 2));
        } catch (IOException e) {
            problems.add(new Where(name, 1, 1), "cannot read: " + e.getMessage());
        }
    }

    private static String name(Path base, Path file) {
        Path parent = base.toAbsolutePath().normalize().getParent();
        Path abs = file.toAbsolutePath().normalize();
        return (parent != null ? parent.relativize(abs) : abs).toString();
    }
}
