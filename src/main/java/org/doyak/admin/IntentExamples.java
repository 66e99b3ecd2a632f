package org.doyak.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Adds a training example to an intent in {@code dialogs/intents/}, keeping the file as staff wrote it
 * (comments, order, layout): the example becomes a new line after the intent's last example, quoted as a
 * YAML string. The next publish retrains the model. Not thread-safe: callers serialise writes.
 */
public final class IntentExamples {
    private static final Pattern NAME = Pattern.compile("^(\\s*)-\\s+name:\\s*\"?([\\w.-]+)\"?\\s*$");
    private static final Pattern ITEM = Pattern.compile("^(\\s*)-\\s+\\S.*$");
    private static final int MAX_LENGTH = 500;

    private IntentExamples() {
    }

    /**
     * @param dialogs the dialogs folder
     * @param intent the intent's name
     * @param example the text to add (one line; at most 500 characters)
     * @return the file that was changed
     * @throws NoSuchElementException when no intent file names that intent
     * @throws IllegalArgumentException when the example is empty, too long or has a line break
     */
    public static Path add(Path dialogs, String intent, String example) {
        String text = example == null ? "" : example.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH || text.contains("\n") || text.contains("\r")) {
            throw new IllegalArgumentException("an example is one line of 1 to " + MAX_LENGTH + " characters");
        }
        try (Stream<Path> files = Files.list(dialogs.resolve("intents"))) {
            for (Path file : files.filter(DialogsVersion::isYaml).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                int at = insertionPoint(lines, intent);
                if (at >= 0) {
                    List<String> out = new ArrayList<>(lines);
                    out.add(at, indentOf(lines, at) + "- " + quote(text));
                    Files.write(file, out, StandardCharsets.UTF_8);
                    return file;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the intent files in " + dialogs, e);
        }
        throw new NoSuchElementException("no intent named '" + intent + "'");
    }

    /** The index after the last example line of {@code intent}, or -1 when the file does not define it. */
    private static int insertionPoint(List<String> lines, String intent) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = NAME.matcher(lines.get(i));
            if (m.matches() && m.group(2).equals(intent)) {
                int nameIndent = m.group(1).length();
                int last = -1;
                for (int j = i + 1; j < lines.size(); j++) {
                    String line = lines.get(j);
                    Matcher item = ITEM.matcher(line);
                    if (item.matches() && item.group(1).length() <= nameIndent) {
                        break;
                    }
                    if (item.matches()) {
                        last = j;
                    }
                }
                return last < 0 ? -1 : last + 1;
            }
        }
        return -1;
    }

    private static String indentOf(List<String> lines, int after) {
        Matcher m = ITEM.matcher(lines.get(after - 1));
        return m.matches() ? m.group(1) : "      ";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
