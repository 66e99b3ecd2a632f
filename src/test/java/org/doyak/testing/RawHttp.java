package org.doyak.testing;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.util.Locale;

/**
 * Sends bytes exactly as given over a plain socket and reads the answer: for requests an HTTP client library
 * would refuse to build (malformed chunking, invalid UTF-8, lying lengths). Tests only.
 */
public final class RawHttp {
    private RawHttp() {
    }

    /** A parsed answer: status (0 when the server closed without one), headers block and body. */
    public record Answer(int status, String head, String body) {

        /** A header's value (case-insensitive name), or null. */
        public String header(String name) {
            String wanted = name.toLowerCase(Locale.ROOT) + ":";
            return head.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(wanted))
                    .map(l -> l.substring(wanted.length()).strip()).findFirst().orElse(null);
        }
    }

    /** Sends {@code request} (head and body, CRLFs included) to the server at {@code base} and reads to EOF. */
    public static Answer send(String base, byte[] request) {
        URI uri = URI.create(base);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return parse(all.toString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request with a head built from {@code head} lines (Host and Connection: close added) and raw body bytes. */
    public static byte[] request(String head, byte[] body) {
        byte[] h = (head.strip() + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(ISO_8859_1);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    private static Answer parse(String raw) {
        int split = raw.indexOf("\r\n\r\n");
        if (!raw.startsWith("HTTP/") || split < 0) {
            return new Answer(0, raw, "");
        }
        String head = raw.substring(0, split);
        return new Answer(Integer.parseInt(head.substring(9, 12)), head, raw.substring(split + 4));
    }
}
