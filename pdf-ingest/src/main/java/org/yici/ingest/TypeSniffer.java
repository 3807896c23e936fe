package org.yici.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/** Content-based type detection with tika-core's magic database; the file name is ignored. */
final class TypeSniffer {
    private static final MimeTypes MIME_TYPES = MimeTypes.getDefaultMimeTypes();

    private TypeSniffer() {}

    /**
     * @param in a stream supporting mark/reset, positioned at the start; the caller closes it and
     *     it is reset to the start on return
     */
    static DocumentType detect(InputStream in) throws IOException, IngestException {
        // No resource name in the metadata: a PNG called "contract.pdf" is a PNG.
        MediaType detected = MIME_TYPES.detect(in, new Metadata());
        return DocumentType.fromMediaType(detected.getBaseType().toString())
                .orElseThrow(() -> new IngestException(IngestErrorKind.UNSUPPORTED_TYPE, "detected " + detected));
    }
}
