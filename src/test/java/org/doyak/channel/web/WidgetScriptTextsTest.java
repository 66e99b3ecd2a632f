package org.doyak.channel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doyak.Actions;
import org.doyak.dialog.WidgetText;
import org.doyak.dialog.load.DialogLoader;
import org.junit.jupiter.api.Test;

/**
 * {@code widget.js} shows exactly the texts {@link WidgetText} names and says nothing of its own: its texts
 * come from {@code dialogs/messages.yaml} ({@code widget:}). Its only Hangul is the small fallback for when
 * those texts cannot be fetched, and each fallback is the shipped Korean text of the same key, so the two
 * never drift apart.
 */
class WidgetScriptTextsTest {
    private static final Path SCRIPT = Path.of("src/main/resources/public/widget.js");
    private static final Pattern FALLBACK = Pattern.compile("var FALLBACK = \\{(.*?)};", Pattern.DOTALL);
    private static final Pattern ENTRY = Pattern.compile("(\\w+): '([^']*)'");
    private static final Pattern LITERAL = Pattern.compile("'((?:[^'\\\\\\n]|\\\\.)*)'");
    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3\\u3131-\\u318E]");
    /** A text the widget shows: {@code t('send')}, or a sender's name in {@code NAMES}. */
    private static final Pattern USE = Pattern.compile("\\bt\\('(\\w+)'\\)|: '(name_\\w+)'");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|(?<![:'])//[^\\n]*", Pattern.DOTALL);

    @Test
    void the_widget_shows_every_widget_text_and_no_other() throws IOException {
        Matcher use = USE.matcher(Files.readString(SCRIPT));
        TreeSet<String> used = new TreeSet<>();
        while (use.find()) {
            used.add(use.group(1) != null ? use.group(1) : use.group(2));
        }
        TreeSet<String> keys = new TreeSet<>();
        for (WidgetText text : WidgetText.values()) {
            keys.add(text.key());
        }
        assertEquals(keys, used, "widget.js asks for exactly the texts validate requires");
    }

    @Test
    void the_widget_script_holds_only_fallbacks_equal_to_the_shipped_korean_texts() throws IOException {
        String script = Files.readString(SCRIPT);
        Matcher block = FALLBACK.matcher(script);
        assertTrue(block.find(), "widget.js has its FALLBACK texts");
        Map<String, String> fallback = new LinkedHashMap<>();
        Matcher entry = ENTRY.matcher(block.group(1));
        while (entry.find()) {
            fallback.put(entry.group(1), entry.group(2));
        }
        assertTrue(fallback.size() <= 5, "keep the built-in fallbacks minimal: " + fallback.keySet());
        Map<String, String> shipped = DialogLoader.load(Path.of("dialogs"), Actions.slots()).dialogs()
                .widgetTexts("ko");
        fallback.forEach((key, text) -> assertTrue(shipped.get(key) != null && shipped.get(key).startsWith(text),
                "the fallback '" + key + "' is the start of the shipped text: " + text + " / " + shipped.get(key)));

        List<String> others = new ArrayList<>();
        Matcher literal = LITERAL.matcher(COMMENT.matcher(script.replace(block.group(), "")).replaceAll(" "));
        while (literal.find()) {
            if (HANGUL.matcher(literal.group(1)).find()) {
                others.add(literal.group(1));
            }
        }
        assertEquals(List.of(), others, "texts the widget shows belong in dialogs/messages.yaml under widget:");
    }
}
