package org.yici.rules.scenario;

import java.util.List;

/** How one scenario went. */
public record ScenarioResult(String matter, String file, String name, List<String> failures) {

    public boolean passed() {
        return failures.isEmpty();
    }

    public String title() {
        return matter + " · " + name;
    }
}
