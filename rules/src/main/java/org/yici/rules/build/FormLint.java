package org.yici.rules.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yici.rules.data.ApplicationForm;
import org.yici.rules.data.FormPaths;
import org.yici.rules.data.MatterDefinition;

/**
 * Checks a matter's {@code applicationForm:}: every path is one the engine knows, the form belongs
 * to an application-form material of the matter, labels are present and unique. Errors point at
 * the path's line and column in {@code matter.yaml}, as the other verify errors do.
 */
final class FormLint {
    private static final Pattern PATH_VALUE = Pattern.compile("\\bpath\\s*:\\s*[\"']?([^\"',}\\s#]+)");

    private FormLint() {}

    static void check(MatterDefinition matter, String file, String text, List<BuildProblem> problems) {
        ApplicationForm form = matter.applicationForm();
        if (form == null) {
            return;
        }
        List<int[]> pathSites = pathSites(text);
        int site = 0;
        Set<String> labels = new HashSet<>();
        for (ApplicationForm.Field field : form.fields()) {
            if (field.label() == null || field.label().isBlank()) {
                problems.add(BuildProblem.error(file, lineOf(text, "applicationForm"), "a form field has no label"));
            } else if (!labels.add(field.label())) {
                problems.add(BuildProblem.error(
                        file, lineOf(text, field.label()), "form field label " + field.label() + " appears twice"));
            }
            if (field.path() == null) {
                continue;
            }
            int[] at = site < pathSites.size() ? pathSites.get(site) : new int[] {0, 0};
            site++;
            if (!FormPaths.isKnown(field.path())) {
                problems.add(new BuildProblem(
                        BuildProblem.Severity.ERROR,
                        file,
                        at[0],
                        at[1],
                        "form field " + field.label() + " names unknown data path " + field.path() + "; known paths: "
                                + String.join(", ", FormPaths.KNOWN.keySet())));
            }
        }
        var material = form.material() == null ? null : matter.material(form.material());
        if (material == null) {
            problems.add(BuildProblem.error(
                    file,
                    lineOf(text, "applicationForm"),
                    "applicationForm names material " + form.material() + ", which the matter does not have"));
        } else if (!"APPLICATION_FORM".equals(material.type())) {
            problems.add(BuildProblem.error(
                    file,
                    lineOf(text, "applicationForm"),
                    "applicationForm names " + form.material() + ", which is not an APPLICATION_FORM"));
        }
    }

    /** Line and column (1-based) of each {@code path:} value after {@code applicationForm:}, in order. */
    private static List<int[]> pathSites(String text) {
        List<int[]> sites = new ArrayList<>();
        if (text == null) {
            return sites;
        }
        String[] lines = text.split("\n", -1);
        boolean inForm = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("applicationForm:")) {
                inForm = true;
                continue;
            }
            if (inForm
                    && !lines[i].isEmpty()
                    && !Character.isWhitespace(lines[i].charAt(0))
                    && !lines[i].startsWith("#")) {
                inForm = false; // the next top-level key
            }
            if (!inForm) {
                continue;
            }
            Matcher m = PATH_VALUE.matcher(lines[i]);
            while (m.find()) {
                sites.add(new int[] {i + 1, m.start(1) + 1});
            }
        }
        return sites;
    }

    private static int lineOf(String text, String needle) {
        if (text == null) {
            return 0;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }
}
