package org.yici.engine.dishonesty;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/dishonesty}: CSV import of the dishonesty list (失信名单). */
@RestController
@RequestMapping("/api/v1/dishonesty")
class DishonestyController {
    private final DishonestyList list;

    DishonestyController(DishonestyList list) {
        this.list = list;
    }

    @PostMapping(
            path = "/import",
            consumes = {"text/csv", "text/plain"},
            produces = "application/json")
    Map<String, Integer> importCsv(@RequestBody String csv) throws IOException {
        return Map.of("imported", list.importCsv(new StringReader(csv)));
    }
}
