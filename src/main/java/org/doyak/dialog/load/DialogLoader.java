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
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.doyak.dialog.Collection;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.Flow;
import org.doyak.dialog.Text;
import org.doyak.dialog.check.ButtonLimits;
import org.doyak.dialog.check.FlowChecks;
import org.doyak.dialog.check.MeaningChecks;
import org.doyak.dialog.load.Node.Where;

/**
 * Loads a dialogs folder: {@code flows/*.yaml}, {@code messages.yaml} (with the widget's texts) and
 * {@code content/*.yaml}.
 * Every problem in every file is collected; dialogs are returned only when there are none.
 */
public final class DialogLoader {
    /** A dialog file larger than this is refused unread (the largest shipped one is about 30 KB). */
    static final long MAX_FILE_BYTES = 1024 * 1024;

    private DialogLoader() {
    }

    /**
     * The outcome of a load.
     *
     * @param dialogs the loaded dialogs, or null when there were problems
     * @param found the problems; dialogs are loaded only when there are none
     * @param warned things that work but could be better (e.g. button payloads too long for Telegram's
     *     callback data); they never stop a load
     */
    public record Result(Dialogs dialogs, Problems found, Problems warned) {

        /** True when the dialogs loaded without a problem. */
        public boolean ok() {
            return found.isEmpty();
        }

        /** One {@code FILE:LINE:COLUMN: message} line per problem, sorted, in Korean. */
        public List<String> problems() {
            return found.lines();
        }

        /** The problems in {@code lang} ({@code en} for English, else Korean). */
        public List<String> problems(String lang) {
            return found.lines(lang);
        }

        /** One line per warning, in {@code lang} ({@code en} for English, else Korean). */
        public List<String> warnings(String lang) {
            return warned.lines(lang);
        }
    }

    /**
     * Loads and checks the folder without knowing which slots the actions set, so slots named in
     * placeholders and conditions are not checked; {@link #load(Path, Map)} checks them.
     *
     * @param actionNames the actions {@code do} steps may name
     */
    public static Result load(Path dir, Set<String> actionNames) {
        Map<String, Set<String>> actions = new LinkedHashMap<>();
        actionNames.forEach(a -> actions.put(a, Set.of()));
        return load(dir, actions, false);
    }

    /**
     * Loads and checks the folder. Never throws for bad content; I/O failures become problems.
     *
     * @param actions the actions {@code do} steps may name, each with the slots it may set
     */
    public static Result load(Path dir, Map<String, Set<String>> actions) {
        return load(dir, actions, true);
    }

    private static Result load(Path dir, Map<String, Set<String>> actions, boolean checkSlots) {
        Problems problems = new Problems();
        Problems warnings = new Problems();
        if (!Files.isDirectory(dir)) {
            problems.add(new Where(dir.toString(), 1, 1), "dialogs 폴더가 없어요", "no such dialogs folder");
            return new Result(null, problems, warnings);
        }
        List<ParsedFlow> flows = new ArrayList<>();
        Map<String, Collection> content = new LinkedHashMap<>();
        Map<String, Text> messages = new LinkedHashMap<>();
        Map<String, Text> widget = new LinkedHashMap<>();
        FlowParser flowParser = new FlowParser(problems);
        ContentParser contentParser = new ContentParser(problems);
        forEachYaml(dir, dir.resolve("flows"), problems, root -> flowParser.parse(root).ifPresent(flows::add));
        boolean allFlowsRead = problems.isEmpty();
        forEachYaml(dir, dir.resolve("content"), problems, root -> contentParser.parse(root).ifPresent(c -> {
            if (content.putIfAbsent(c.name(), c) != null) {
                problems.add(root.where(), "내용 모음 이름이 겹쳐요: '" + c.name() + "'",
                        "duplicate collection '" + c.name() + "'");
            }
        }));
        Path messagesFile = dir.resolve("messages.yaml");
        Where messagesPlace = new Where(name(dir, messagesFile), 1, 1);
        if (Files.isRegularFile(messagesFile)) {
            parseFile(dir, messagesFile, problems, root -> {
                messages.putAll(flowParser.messages(root));
                widget.putAll(WidgetSection.read(root, problems));
            });
        }
        if (flows.isEmpty() && problems.isEmpty()) {
            problems.add(new Where(name(dir, dir.resolve("flows")), 1, 1), "흐름이 없어요: flows/*.yaml을 추가하세요",
                    "no flows found: add flows/*.yaml");
        }
        FlowChecks.check(flows, messages, messagesPlace, content.keySet(), actions.keySet(), problems);
        MeaningChecks.check(flows, content, IntentNames.read(dir.resolve("intents")),
                checkSlots ? Optional.of(actions) : Optional.empty(), allFlowsRead, problems, warnings);
        ButtonLimits.check(flows, warnings);
        if (!problems.isEmpty()) {
            return new Result(null, problems, warnings);
        }
        Map<String, Flow> byId = new LinkedHashMap<>();
        flows.forEach(f -> byId.put(f.flow().id(), f.flow()));
        return new Result(new Dialogs(byId, messages, content, widget), problems, warnings);
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
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(new Where(name, 1, 1), "파일이 너무 커요: " + size / 1024 + " KB (최대 " + MAX_FILE_BYTES / 1024
                        + " KB). 여러 파일로 나눠 주세요", "the file is too large: " + size / 1024 + " KB (at most "
                        + MAX_FILE_BYTES / 1024 + " KB); split it into several files");
                return;
            }
            Node root = YamlTree.parse(name, Files.newBufferedReader(file, StandardCharsets.UTF_8), problems);
            if (root == null) {
                problems.add(new Where(name, 1, 1), "파일이 비어 있어요", "the file is empty");
            } else {
                sink.accept(root);
            }
        } catch (YamlSyntaxException e) {
            problems.add(e.where(), e.korean(), e.english());
        } catch (IOException e) {
            problems.add(new Where(name, 1, 1), "읽을 수 없어요: " + e.getMessage(), "cannot read: " + e.getMessage());
        }
    }

    private static String name(Path base, Path file) {
        Path parent = base.toAbsolutePath().normalize().getParent();
        Path abs = file.toAbsolutePath().normalize();
        return (parent != null ? parent.relativize(abs) : abs).toString();
    }
}
