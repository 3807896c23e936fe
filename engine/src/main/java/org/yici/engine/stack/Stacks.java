package org.yici.engine.stack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yici.engine.content.DocumentClassifier;
import org.yici.engine.content.PageLook;
import org.yici.engine.ingest.DocumentEvidence;
import org.yici.ingest.IngestOutcome;
import org.yici.ingest.IngestRequest;
import org.yici.ingest.IngestedDocument;
import org.yici.ingest.IngestedPage;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.data.MaterialTypeDefinition;
import org.yici.rules.model.Form;

/**
 * Turns stack files (files sent for no material: a whole package scanned at once, issue 18) into
 * materials without a code, one per document found in them, so the rules match each by its type
 * and holder as they match any uploaded file without a code.
 */
public final class Stacks {
    private Stacks() {}

    /**
     * The package with its stacks cut into documents.
     *
     * @param request the request with one uncoded material per typed document of the stacks
     * @param files the files by material id: each document's id maps to its stack's bytes (its
     *     pages keep their numbers in the stack, so seals and signatures are looked for on the
     *     right page)
     * @param evidence the ingested files with each stack replaced by its typed documents
     * @param stacks what each stack was cut into, for the result
     */
    public record Expanded(
            CheckRequest request,
            Map<String, IngestRequest> files,
            List<DocumentEvidence> evidence,
            List<StackView> stacks) {

        /** The stacks with what the check made of each document. */
        public List<StackView> outcome(CheckOutcome outcome) {
            if (stacks.isEmpty()) {
                return stacks;
            }
            Map<String, List<String>> codes = new HashMap<>();
            outcome.checklist()
                    .forEach(item -> item.documents().forEach(id -> codes.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(item.material())));
            return stacks.stream()
                    .map(s -> new StackView(
                            s.file(),
                            s.pages(),
                            s.documents().stream()
                                    .map(d -> d.status() == StackView.Status.UNMATCHED
                                            ? d
                                            : codes.containsKey(d.id())
                                                    ? d.withOutcome(StackView.Status.MATCHED, codes.get(d.id()))
                                                    : d.withOutcome(StackView.Status.EXTRA, List.of()))
                                    .toList(),
                            s.blankPages()))
                    .toList();
        }
    }

    /** The ids of the files no material of the request names: the stacks. */
    public static Set<String> stackIds(CheckRequest request, Map<String, IngestRequest> files) {
        Set<String> named =
                request.materials().stream().map(CheckRequest.Material::id).collect(Collectors.toSet());
        return files.keySet().stream().filter(id -> !named.contains(id)).collect(Collectors.toSet());
    }

    public static Expanded expand(
            CheckRequest request,
            Map<String, IngestRequest> files,
            List<DocumentEvidence> ingested,
            Collection<MaterialTypeDefinition> types) {
        Set<String> stackIds = stackIds(request, files);
        if (stackIds.isEmpty()) {
            return new Expanded(request, files, ingested, List.of());
        }
        DocumentClassifier classifier = new DocumentClassifier(types);
        // A scan cannot show an original from a copy: at the window staff confirm the form on the
        // paper (see warning.stackForm); online every file is electronic.
        Form form = "ONLINE".equals(request.channel()) ? Form.ELECTRONIC : Form.ORIGINAL_AND_COPY;
        List<CheckRequest.Material> materials = new ArrayList<>(request.materials());
        Map<String, IngestRequest> allFiles = new LinkedHashMap<>(files);
        List<DocumentEvidence> evidence = new ArrayList<>();
        List<StackView> stacks = new ArrayList<>();
        for (DocumentEvidence e : ingested) {
            if (!stackIds.contains(e.id())) {
                evidence.add(e);
                continue;
            }
            allFiles.remove(e.id());
            if (e.document() == null) {
                // A stack that cannot be read at all is one document of no type: listed, with its error.
                evidence.add(e);
                stacks.add(new StackView(e.file(), 0, List.of(), List.of()));
                continue;
            }
            IngestedDocument stack = e.document();
            List<PageLook> looks =
                    stack.pages().stream().map(p -> PageLook.of(p, classifier)).toList();
            StackSplitter.Split split = StackSplitter.split(looks);
            List<StackView.Document> documents = new ArrayList<>();
            int n = 0;
            for (StackSplitter.Segment segment : split.documents()) {
                List<Integer> pageList =
                        segment.pages().size() == segment.last() - segment.first() + 1 ? List.of() : segment.pages();
                if (segment.type() == null) {
                    documents.add(new StackView.Document(
                            null,
                            segment.first(),
                            segment.last(),
                            pageList,
                            null,
                            StackView.Status.UNMATCHED,
                            List.of()));
                    continue;
                }
                String id = e.id() + "-" + ++n;
                List<IngestedPage> pages = stack.pages().stream()
                        .filter(p -> segment.pages().contains(p.number()))
                        .toList();
                IngestedDocument part =
                        new IngestedDocument(stack.declaredName(), stack.type(), pages, stack.timings());
                evidence.add(DocumentEvidence.of(id, IngestOutcome.of(stack.declaredName(), part))
                        .withMarks(e.marks()));
                allFiles.put(id, files.get(e.id()));
                materials.add(new CheckRequest.Material(id, null, form, 1, stack.declaredName(), null));
                documents.add(new StackView.Document(
                        id, segment.first(), segment.last(), pageList, segment.type(), null, List.of()));
            }
            stacks.add(new StackView(stack.declaredName(), stack.pages().size(), documents, split.blankPages()));
        }
        return new Expanded(request.withMaterials(materials), allFiles, evidence, stacks);
    }
}
