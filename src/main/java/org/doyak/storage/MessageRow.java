package org.doyak.storage;

import java.beans.ConstructorProperties;

/** A row of {@code messages}, as stored; {@code buttons} is a JSON array. */
public record MessageRow(String conversationId, int seq, String sender, String kind, String body, String buttons,
        String at) {

    @ConstructorProperties({"conversation_id", "seq", "sender", "kind", "body", "buttons", "at"})
    public MessageRow {
    }
}
