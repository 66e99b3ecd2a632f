package org.doyak.dialog;

import java.util.List;

/**
 * What starts a flow.
 *
 * @param commands chat commands such as {@code /start}
 * @param intents intent names from the classifier
 * @param keywords words that start the flow when a message contains them
 * @param payloads button payloads that start the flow
 */
public record Triggers(List<String> commands, List<String> intents, List<String> keywords, List<String> payloads) {

    /** Creates immutable triggers. */
    public Triggers {
        commands = List.copyOf(commands);
        intents = List.copyOf(intents);
        keywords = List.copyOf(keywords);
        payloads = List.copyOf(payloads);
    }
}
