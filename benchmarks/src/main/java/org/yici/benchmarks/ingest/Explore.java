package org.yici.benchmarks.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import org.yici.ingest.IngestConfig;
import org.yici.ingest.Preprocessing;

/** Ad-hoc parameter sweeps: {@code -Dpsm=6 -Dsteps=DESKEW,CONTRAST -Draw=true}. */
final class Explore {
    private Explore() {}

    public static void main(String[] args) throws Exception {
        IngestConfig.Builder b = IngestConfig.builder().pageSegMode(Integer.getInteger("psm", 6));
        String steps = System.getProperty("steps");
        if (steps != null) {
            EnumSet<Preprocessing> set = EnumSet.noneOf(Preprocessing.class);
            for (String s : steps.split(",")) {
                if (!s.isBlank()) {
                    set.add(Preprocessing.valueOf(s.trim()));
                }
            }
            b.preprocessing(set);
        }
        Path work = Files.createTempDirectory("yici-explore");
        for (OcrQualityBenchmark.Row r : OcrQualityBenchmark.run(b.build(), work, Boolean.getBoolean("raw"))) {
            System.out.printf(
                    Locale.ROOT,
                    "LEVEL %-14s pipeline %.3f (worst %.3f) raw %.3f raw-psm %.3f%n",
                    r.level(),
                    r.pipeline(),
                    r.worstPipeline(),
                    r.rawDefault(),
                    r.rawSamePsm());
        }
    }
}
