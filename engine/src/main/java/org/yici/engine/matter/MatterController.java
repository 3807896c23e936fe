package org.yici.engine.matter;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1/matters}: what can be applied for here, and what to bring. */
@RestController
@RequestMapping(path = "/api/v1/matters", produces = "application/json")
class MatterController {
    private final MatterCatalog catalog;

    MatterController(MatterCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<MatterViews.Summary> list() {
        return catalog.list();
    }

    @GetMapping("/{code}")
    MatterViews.Checklist checklist(@PathVariable String code) {
        return catalog.checklist(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "未知的事项或一件事编码：" + code));
    }
}
