package org.yici.engine.job;

import java.nio.file.Path;
import java.util.List;

/** Jobs across a restart on the embedded H2 file database. */
class H2JobRestartTest extends JobRestartContract {
    @Override
    List<String> database(Path dataDir) {
        return List.of();
    }
}
