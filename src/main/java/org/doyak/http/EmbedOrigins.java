package org.doyak.http;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The sites allowed to embed the widget and call the widget API from a browser ({@code DOYAK_EMBED_ORIGINS}):
 * comma-separated origins such as {@code https://www.work.go.kr}, with {@code *} allowed as the port
 * ({@code http://localhost:*}) or as the first label of the host ({@code https://*.example.kr}). The
 * server's own origin is always allowed. Default: pages served from the visitor's own machine
 * ({@code http://localhost:*} and its address {@code http://127.0.0.1:*}). Immutable, thread-safe.
 */
public final class EmbedOrigins {
    /** The default of the contracts (besides the server's own origin). */
    public static final String DEFAULT = "http://localhost:*,http://127.0.0.1:*";

    private static final java.util.regex.Pattern ENTRY =
            java.util.regex.Pattern.compile("(https?)://(\\*\\.[^:/*]+|[^:/*]+)(?::(\\d+|\\*))?/?");

    private record Pattern(String scheme, String host, String port) {
    }

    private final List<Pattern> patterns;

    private EmbedOrigins(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /**
     * Parses the list.
     *
     * @throws IllegalArgumentException on an entry that is not {@code scheme://host[:port]}
     */
    public static EmbedOrigins parse(String list) {
        return new EmbedOrigins(Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(EmbedOrigins::pattern).toList());
    }

    /**
     * Whether a browser's {@code Origin} may use the widget API: one of the listed sites, or the server itself
     * ({@code host} is the request's Host header).
     */
    public boolean allows(String origin, String host) {
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            return false;
        }
        URI uri;
        try {
            uri = URI.create(origin.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        if (host != null && uri.getRawAuthority().equalsIgnoreCase(host.strip())) {
            return true;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String h = uri.getHost().toLowerCase(Locale.ROOT);
        String port = String.valueOf(uri.getPort() == -1 ? ("https".equals(scheme) ? 443 : 80) : uri.getPort());
        return patterns.stream().anyMatch(p -> p.scheme().equals(scheme) && hostMatches(p.host(), h)
                && ("*".equals(p.port()) || p.port().equals(port)));
    }

    private static boolean hostMatches(String pattern, String host) {
        return pattern.startsWith("*.") ? host.endsWith(pattern.substring(1)) : pattern.equals(host);
    }

    private static Pattern pattern(String entry) {
        java.util.regex.Matcher m = ENTRY.matcher(entry.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("DOYAK_EMBED_ORIGINS: '" + entry
                    + "' is not an origin such as https://www.example.kr or http://localhost:*");
        }
        String port = m.group(3) != null ? m.group(3) : "https".equals(m.group(1)) ? "443" : "80";
        return new Pattern(m.group(1), m.group(2), port);
    }
}
