package org.yici.engine.content;

import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yici.ingest.IngestedPage;
import org.yici.ingest.PageListener;

/**
 * Looks at each scanned page of one file for seals and signature ink while ingest still holds the
 * picture it was recognised from. Looking afterwards meant loading the file again and decoding and
 * rendering each page a second time (for a stack, once per document cut from it: issue 18); here
 * nothing but the marks outlives the page. Progress is passed on to the listener given.
 */
public final class PageMarksListener implements PageListener {
    private static final Logger log = LoggerFactory.getLogger(PageMarksListener.class);
    private final PageListener progress;
    private final Map<Integer, PageMarks> seen = new ConcurrentHashMap<>();

    public PageMarksListener(PageListener progress) {
        this.progress = progress;
    }

    public PageMarksListener() {
        this(PageListener.NONE);
    }

    @Override
    public void pageDone(int pagesDone) {
        progress.pageDone(pagesDone);
    }

    @Override
    public void pageSeen(IngestedPage page, BufferedImage picture) {
        try {
            PageMarks marks = PageMarks.of(page, picture);
            if (marks != null) {
                seen.put(page.number(), marks);
            }
        } catch (RuntimeException e) {
            // The text was read; a look that fails only leaves this page without a verdict.
            log.warn("could not look for seals and signatures on page {}: {}", page.number(), e.toString());
        }
    }

    /** The marks of every page looked at so far, by page number. */
    public Map<Integer, PageMarks> marks() {
        return Map.copyOf(seen);
    }
}
