package org.yici.engine.licence;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/licences}: the embedded licence directory's CSV import. */
@RestController
@RequestMapping("/api/v1/licences")
class LicenceController {
    private final JdbcLicenceDirectory directory;

    LicenceController(JdbcLicenceDirectory directory) {
        this.directory = directory;
    }

    @PostMapping(
            path = "/import",
            consumes = {"text/csv", "text/plain"},
            produces = "application/json")
    Map<String, Integer> importCsv(@RequestBody String csv) throws IOException {
        return Map.of("imported", directory.importCsv(new StringReader(csv)));
    }
}
