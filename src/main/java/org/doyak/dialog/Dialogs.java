package org.doyak.dialog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything loaded from the dialogs folder: flows, system messages and content. Immutable, so a
 * reload can build a new instance and swap it in while turns in flight keep the old one.
 *
 * @param flows flows by id, in file order
 * @param messages system texts by key (see {@link SystemText})
 * @param content collections by name
 * @param widget the web widget's own texts by key (see {@link WidgetText})
 */
public record Dialogs(Map<String, Flow> flows, Map<String, Text> messages, Map<String, Collection> content,
        Map<String, Text> widget) {

    /** Creates an immutable set of dialogs. */
    public Dialogs {
        flows = Collections.unmodifiableMap(new LinkedHashMap<>(flows));
        messages = Map.copyOf(messages);
        content = Map.copyOf(content);
        widget = Map.copyOf(widget);
    }

    /** A flow by id. */
    public Optional<Flow> flow(String id) {
        return Optional.ofNullable(flows.get(id));
    }

    /** A system text; validation guarantees every {@link SystemText} exists. */
    public Text message(SystemText key) {
        Text text = messages.get(key.key());
        return text != null ? text : new Text(key.key(), key.key());
    }

    /** The widget's texts in {@code lang} ({@code en}, else Korean) by key; validation guarantees every one. */
    public Map<String, String> widgetTexts(String lang) {
        Map<String, String> out = new LinkedHashMap<>();
        widget.forEach((key, text) -> out.put(key, text.in(lang)));
        return out;
    }

    /** Flows in file order. */
    public List<Flow> flowList() {
        return List.copyOf(flows.values());
    }
}
