package org.doyak.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.doyak.security.HostileInputIT.Answer;
import org.doyak.security.HostileInputIT.Route;

/** What a fuzzing run did: inputs, statuses, connections closed, and every 5xx or stack trace. Thread-safe. */
final class FuzzFigures {
    private static final Pattern TRACE = Pattern.compile("Exception|\\.java:\\d+|\\bat (org|java|io|com|jdk|sun)\\.");
    private final Map<String, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int inputs;
    private int closed;
    private int fiveHundreds;
    /** Requests in an HTTP version that does not exist, which Jetty answers 505 before any handler runs. */
    private int versionRefused;

    /** Counts a request in an HTTP version that does not exist, which Jetty's parser answers 505 (no handler runs). */
    synchronized void versionRefused() {
        versionRefused++;
    }

    /** The failures so far: each 5xx or stack trace with its route and the start of the body. */
    synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    /** Counts one answer. */
    synchronized void count(Route route, Answer answer) {
        inputs++;
        closed += answer.status() == 0 ? 1 : 0;
        statuses.merge(String.valueOf(answer.status()), 1, Integer::sum);
        if (answer.status() >= 500) {
            fiveHundreds++;
            failures.add(answer.status() + " " + route.method() + " " + route.path() + ": " + cut(answer.body()));
        } else if (answer.status() >= 400 && TRACE.matcher(answer.body()).find()) {
            failures.add("stack trace " + route.method() + " " + route.path() + ": " + cut(answer.body()));
        }
    }

    /** One line of figures for the test log. */
    synchronized String report(long seed) {
        return String.format("hostile input fuzz (seed %d): %d inputs tried, %d answered 5xx, %d failures, %d"
                + " connections closed by the server, statuses %s; plus %d request(s) in HTTP/9.9 answered 505 by"
                + " Jetty's parser", seed, inputs + versionRefused, fiveHundreds, failures.size(), closed, statuses,
                versionRefused);
    }

    private static String cut(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
