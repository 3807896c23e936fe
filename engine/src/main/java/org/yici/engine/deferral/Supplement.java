package org.yici.engine.deferral;

import java.time.Instant;
import java.util.List;
import org.yici.engine.storage.FileResponses;
import org.yici.rules.check.CheckOutcome.FindingView;

/**
 * A supplement handed in for a deferral, passed or not.
 *
 * @param findings what was still wrong with it (empty when it passed)
 * @param file the uploaded scan it came as, kept by content; null for paper
 */
public record Supplement(
        String id, boolean passed, List<FindingView> findings, String actor, Instant at, FileResponses.Kept file) {}
