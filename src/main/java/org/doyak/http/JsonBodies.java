package org.doyak.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import org.doyak.conversation.Inbound;
import org.doyak.conversation.Refusal;

/** JSON request bodies of every API: a JSON object (an empty body counts as {}), else 400. */
public final class JsonBodies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonBodies() {
    }

    /** The body as a JSON object; 400 when it is not one. */
    public static JsonNode object(Context ctx) {
        if (ctx.body().isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw new Refusal(Refusal.Kind.INVALID, "the body must be a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new Refusal(Refusal.Kind.INVALID, "malformed JSON body");
        }
    }

    /** A required non-blank text field of at most {@link Inbound#MAX_TEXT} characters (else 400 or 413). */
    public static String text(Context ctx, String field) {
        JsonNode value = object(ctx).get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new Refusal(Refusal.Kind.INVALID, "\"" + field + "\" must be a non-empty string");
        }
        if (value.asText().length() > Inbound.MAX_TEXT) {
            throw new Refusal(Refusal.Kind.TOO_LARGE,
                    "\"" + field + "\" is longer than " + Inbound.MAX_TEXT + " characters");
        }
        return value.asText();
    }
}
