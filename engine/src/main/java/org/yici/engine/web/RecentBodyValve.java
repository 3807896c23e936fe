package org.yici.engine.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Lets {@link UploadNameFilter} name the part whose file name Tomcat refused: a multipart request's
 * body is read through {@link RecentBodyBytes} while the request is handled. A valve, because the
 * body is read from the connector's buffer, which no servlet filter can wrap.
 */
final class RecentBodyValve extends ValveBase {
    RecentBodyValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            getNext().invoke(request, response);
            return;
        }
        org.apache.coyote.Request connector = request.getCoyoteRequest();
        RecentBodyBytes recent = new RecentBodyBytes(connector.getInputBuffer());
        connector.setInputBuffer(recent);
        request.setAttribute(RecentBodyBytes.ATTRIBUTE, recent);
        try {
            getNext().invoke(request, response);
        } finally {
            // The connector's request object is reused for the next request on this connection.
            connector.setInputBuffer(recent.body);
        }
    }
}
