package org.doyak.http;

import io.javalin.http.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client address a request's limits are counted against: the connection's address, or, behind a
 * reverse proxy ({@code DOYAK_BEHIND_PROXY=true}), the last address the proxy added to {@code Forwarded}
 * ({@code for=}) or {@code X-Forwarded-For}. Without a proxy those headers are ignored: a client could
 * write anything there.
 */
public final class ClientAddress {
    private static final Pattern FORWARDED_FOR = Pattern.compile("(?i)for=\"?\\[?([^\\]\";,]+)");

    private ClientAddress() {
    }

    /** The address of the client behind the request. */
    public static String of(Context ctx, boolean behindProxy) {
        if (behindProxy) {
            String forwarded = ctx.header("Forwarded");
            if (forwarded != null) {
                Matcher m = FORWARDED_FOR.matcher(forwarded);
                String last = null;
                while (m.find()) {
                    last = m.group(1).strip();
                }
                if (last != null) {
                    return last;
                }
            }
            String xff = ctx.header("X-Forwarded-For");
            if (xff != null && !xff.isBlank()) {
                String[] hops = xff.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        return ctx.ip();
    }
}
