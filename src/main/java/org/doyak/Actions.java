package org.doyak;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.doyak.conversation.Action;
import org.doyak.storage.Database;

/** The actions flows may run with {@code do}: the one list both the service and {@code validate} use. */
public final class Actions {
    private Actions() {
    }

    /** Creates every action with what it needs. Constructors must not use the database yet. */
    public static Map<String, Action> create(Database database) {
        return Map.of();
    }

    /** The action names, for validating dialogs without starting the service. */
    public static Set<String> names() {
        return new TreeSet<>(create(null).keySet());
    }
}
