package org.yici.engine.web;

import jakarta.servlet.ServletRequest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.coyote.InputBuffer;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.springframework.http.ContentDisposition;

/**
 * The last bytes Tomcat read of a multipart body, so that a part whose header it refused can still
 * be named. Tomcat's parser throws on a NUL in a file name with the name only (not the part), and
 * by then the header is consumed; it is among the last bytes read, because parsing stops at it.
 * Installed per request by {@link RecentBodyValve}; read by {@link UploadNameFilter}.
 */
final class RecentBodyBytes implements InputBuffer {
    static final String ATTRIBUTE = RecentBodyBytes.class.getName();

    /**
     * Enough for the refused header: it was read in the last read or two (Tomcat reads at most 8
     * KiB at a time and a part header is at most {@code server.tomcat.max-part-header-size}).
     */
    private static final int KEPT = 32 * 1024;

    final InputBuffer body;
    private final byte[] ring = new byte[KEPT];
    private long read;

    RecentBodyBytes(InputBuffer body) {
        this.body = body;
    }

    static RecentBodyBytes of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof RecentBodyBytes recent ? recent : null;
    }

    @Override
    public int doRead(ApplicationBufferHandler handler) throws IOException {
        int n = body.doRead(handler);
        if (n > 0) {
            keep(handler.getByteBuffer().duplicate());
        }
        return n;
    }

    @Override
    public int available() {
        return body.available();
    }

    private void keep(ByteBuffer data) {
        int skip = Math.max(0, data.remaining() - KEPT);
        data.position(data.position() + skip);
        read += skip;
        while (data.hasRemaining()) {
            int at = (int) (read % KEPT);
            int n = Math.min(data.remaining(), KEPT - at);
            data.get(ring, at, n);
            read += n;
        }
    }

    /** The bytes kept, oldest first. */
    byte[] recent() {
        int size = (int) Math.min(read, KEPT);
        byte[] out = new byte[size];
        int start = (int) ((read - size) % KEPT);
        int first = Math.min(size, KEPT - start);
        System.arraycopy(ring, start, out, 0, first);
        System.arraycopy(ring, 0, out, first, size - first);
        return out;
    }

    /**
     * The form field name of the first part in the kept bytes whose file name has a NUL in it, or
     * null. Only headers that follow a boundary count: a file's content cannot hold the boundary.
     */
    String partWithNulInFileName(String boundary) {
        // ISO-8859-1 maps each byte to one char, so offsets found here are byte offsets.
        String text = new String(recent(), StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary + "\r\n";
        for (int at = text.indexOf(delimiter); at >= 0; at = text.indexOf(delimiter, at + 1)) {
            int start = at + delimiter.length();
            int end = text.indexOf("\r\n\r\n", start);
            if (end < 0) {
                return null;
            }
            String headers = new String(
                    text.substring(start, end).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0
                        && line.substring(0, colon)
                                .strip()
                                .toLowerCase(Locale.ROOT)
                                .equals("content-disposition")) {
                    ContentDisposition disposition =
                            ContentDisposition.parse(line.substring(colon + 1).strip());
                    String fileName = disposition.getFilename();
                    if (fileName != null && fileName.indexOf('\0') >= 0) {
                        return disposition.getName();
                    }
                }
            }
        }
        return null;
    }
}
