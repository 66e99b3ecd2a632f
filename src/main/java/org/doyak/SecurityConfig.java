package org.doyak;

import java.util.Map;
import org.doyak.http.EmbedOrigins;

/**
 * Settings of the service's edge, read from the environment.
 *
 * @param embedOrigins {@code DOYAK_EMBED_ORIGINS}: sites allowed to embed the widget and call its API
 *     (besides the server itself); default {@code http://localhost:*,http://127.0.0.1:*}
 * @param behindProxy {@code DOYAK_BEHIND_PROXY=true}: a reverse proxy in front sets {@code X-Forwarded-For}
 *     or {@code Forwarded}, so the client address for limits is the last address it added; otherwise it is
 *     the connection's own address and those headers are ignored (a client could forge them)
 * @param rateLimits false with {@code DOYAK_RATE_LIMITS=off}: no per-address and per-session limits on the
 *     widget API (the benchmark drives many sessions from one address); on otherwise
 */
public record SecurityConfig(EmbedOrigins embedOrigins, boolean behindProxy, boolean rateLimits) {

    /**
     * Reads the settings.
     *
     * @throws IllegalArgumentException on a malformed origin list
     */
    public static SecurityConfig from(Map<String, String> env) {
        String origins = env.getOrDefault("DOYAK_EMBED_ORIGINS", "");
        return new SecurityConfig(EmbedOrigins.parse(origins.isBlank() ? EmbedOrigins.DEFAULT : origins),
                "true".equalsIgnoreCase(env.getOrDefault("DOYAK_BEHIND_PROXY", "").strip()),
                !"off".equalsIgnoreCase(env.getOrDefault("DOYAK_RATE_LIMITS", "").strip()));
    }
}
