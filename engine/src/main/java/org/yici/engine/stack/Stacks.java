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
import org.yici.engine.content.FilePages;
import org.yici.engine.content.PageLook;
import org.yici.engine.content.PageMarks;
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
     * @param files the files by material id: a document within one stack file maps to that file's
     *     bytes (its pages keep their numbers there); one running across files maps to none (see
     *     {@code parts})
     * @param evidence the ingested files with each stack replaced by its typed documents
     * @param stacks what each stack was cut into, for the result
     * @param parts for each stack document, the files its pages are in and their numbers there
     *     (for {@link org.yici.engine.content.DocumentReadings#read(List, Map, Collection, Map, Map)})
     */
    public record Expanded(
            CheckRequest request,
            Map<String, IngestRequest> files,
            List<DocumentEvidence> evidence,
            List<StackView> stacks,
            Map<String, List<FilePages>> parts) {

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
            return new Expanded(request, files, ingested, List.of(), Map.of());
        }
        DocumentClassifier classifier = new DocumentClassifier(types);
        // A scan cannot show an original from a copy: at the window staff confirm the form on the
        // paper (see warning.stackForm); online every file is electronic.
        Form form = "ONLINE".equals(request.channel()) ? Form.ELECTRONIC : Form.ORIGINAL_AND_COPY;
        Cutting cutting = new Cutting(request, files, classifier, form);
        // The stacks' documents take the place of the first stack among the files.
        int at = -1;
        List<StackFile> run = new ArrayList<>();
        for (DocumentEvidence e : ingested) {
            if (!stackIds.contains(e.id())) {
                cutting.evidence.add(e);
                continue;
            }
            cutting.allFiles.remove(e.id());
            if (at < 0) {
                at = cutting.evidence.size();
            }
            if (e.document() == null) {
                // A stack that cannot be read at all is one document of no type, listed with its
                // error; a document does not run on across it.
                cutting.cut(run);
                run = new ArrayList<>();
                cutting.stackEvidence.add(e);
                cutting.stacks.add(new StackView(e.file(), 0, List.of(), List.of()));
                continue;
            }
            run.add(new StackFile(e.id(), e, files.get(e.id())));
        }
        cutting.cut(run);
        List<DocumentEvidence> evidence = new ArrayList<>(cutting.evidence);
        evidence.addAll(at < 0 ? evidence.size() : at, cutting.stackEvidence);
        return new Expanded(
                request.withMaterials(cutting.materials),
                cutting.allFiles,
                evidence,
                List.copyOf(cutting.stacks),
                Map.copyOf(cutting.parts));
    }

    /** A readable stack file: its id ({@code stack-1}, …), what was read and its bytes. */
    private record StackFile(String id, DocumentEvidence evidence, IngestRequest upload) {
        String name() {
            return evidence.document().declaredName();
        }
    }

    /** A page of a run of stack files: its file and the page as read there. */
    private record Sheet(StackFile file, IngestedPage page) {}

    /** What the stacks of one check are cut into, collected file run by file run. */
    private static final class Cutting {
        final List<CheckRequest.Material> materials;
        final Map<String, IngestRequest> allFiles;
        final List<DocumentEvidence> evidence = new ArrayList<>();
        final List<DocumentEvidence> stackEvidence = new ArrayList<>();
        final List<StackView> stacks = new ArrayList<>();
        final Map<String, List<FilePages>> parts = new HashMap<>();
        private final DocumentClassifier classifier;
        private final Form form;

        Cutting(CheckRequest request, Map<String, IngestRequest> files, DocumentClassifier classifier, Form form) {
            this.materials = new ArrayList<>(request.materials());
            this.allFiles = new LinkedHashMap<>(files);
            this.classifier = classifier;
            this.form = form;
        }

        /**
         * Cuts consecutive readable stack files as one sequence of pages, in the order they were
         * sent: a document runs on from one file into the next exactly where it would run on from
         * one page to the next within a file. While cut, pages are numbered through the run.
         */
        void cut(List<StackFile> run) {
            if (run.isEmpty()) {
                return;
            }
            List<Sheet> sheets = new ArrayList<>();
            List<PageLook> looks = new ArrayList<>();
            for (StackFile file : run) {
                for (IngestedPage page : file.evidence().document().pages()) {
                    sheets.add(new Sheet(file, page));
                    PageLook look = PageLook.of(page, classifier);
                    looks.add(new PageLook(
                            sheets.size(),
                            look.type(),
                            look.confidence(),
                            look.heading(),
                            look.idNumber(),
                            look.blank()));
                }
            }
            StackSplitter.Split split = StackSplitter.split(looks);
            Map<String, List<StackView.Document>> documents = new HashMap<>();
            Map<String, List<Integer>> blanks = new HashMap<>();
            Map<String, Integer> counts = new HashMap<>();
            for (StackSplitter.Segment segment : split.documents()) {
                List<Sheet> pages =
                        segment.pages().stream().map(n -> sheets.get(n - 1)).toList();
                StackFile start = pages.get(0).file();
                List<Integer> inStart = pages.stream()
                        .filter(p -> p.file() == start)
                        .map(p -> p.page().number())
                        .toList();
                int first = inStart.get(0);
                int last = inStart.get(inStart.size() - 1);
                List<Integer> pageList = inStart.size() == last - first + 1 ? List.of() : inStart;
                List<StackView.PageRef> refs = pages.stream()
                        .map(p ->
                                new StackView.PageRef(p.file().name(), p.page().number()))
                        .toList();
                String id = null;
                StackView.Status status = StackView.Status.UNMATCHED;
                if (segment.type() != null) {
                    id = start.id() + "-" + counts.merge(start.id(), 1, Integer::sum);
                    status = null;
                    offer(id, start, pages, segment.pages());
                }
                documents
                        .computeIfAbsent(start.id(), k -> new ArrayList<>())
                        .add(new StackView.Document(
                                id, first, last, pageList, segment.type(), status, List.of(), refs));
            }
            for (int blank : split.blankPages()) {
                Sheet sheet = sheets.get(blank - 1);
                blanks.computeIfAbsent(sheet.file().id(), k -> new ArrayList<>())
                        .add(sheet.page().number());
            }
            for (StackFile file : run) {
                stacks.add(new StackView(
                        file.name(),
                        file.evidence().document().pages().size(),
                        List.copyOf(documents.getOrDefault(file.id(), List.of())),
                        List.copyOf(blanks.getOrDefault(file.id(), List.of()))));
            }
        }

        /**
         * A typed document becomes a material without a code. Within one file its pages keep their
         * numbers there (findings say "stack.pdf第4页"); across files they are read under their
         * numbers in the run, and {@link FilePages} puts each back in its file.
         */
        private void offer(String id, StackFile start, List<Sheet> pages, List<Integer> numbers) {
            IngestedDocument stack = start.evidence().document();
            boolean oneFile = pages.stream().allMatch(p -> p.file() == start);
            List<IngestedPage> read = new ArrayList<>();
            Map<Integer, PageMarks> marks = new HashMap<>();
            Map<StackFile, Map<Integer, Integer>> byFile = new LinkedHashMap<>();
            for (int i = 0; i < pages.size(); i++) {
                Sheet sheet = pages.get(i);
                IngestedPage page = sheet.page();
                int number = oneFile ? page.number() : numbers.get(i);
                read.add(oneFile ? page : renumbered(page, number));
                Map<Integer, PageMarks> seen = sheet.file().evidence().marks();
                if (seen != null && seen.containsKey(page.number())) {
                    marks.put(number, seen.get(page.number()));
                }
                byFile.computeIfAbsent(sheet.file(), k -> new LinkedHashMap<>()).put(number, page.number());
            }
            IngestedDocument part = new IngestedDocument(stack.declaredName(), stack.type(), read, stack.timings());
            boolean looked = pages.stream().anyMatch(p -> p.file().evidence().marks() != null);
            stackEvidence.add(DocumentEvidence.of(id, IngestOutcome.of(stack.declaredName(), part))
                    .withMarks(looked ? Map.copyOf(marks) : null));
            if (oneFile) {
                allFiles.put(id, start.upload());
            }
            List<FilePages> from = new ArrayList<>();
            byFile.forEach((file, numbered) -> from.add(new FilePages(
                    file.name(),
                    file.evidence().mediaType(),
                    file.upload() == null ? null : file.upload().content(),
                    numbered)));
            parts.put(id, List.copyOf(from));
            materials.add(new CheckRequest.Material(id, null, form, 1, stack.declaredName(), null));
        }

        private static IngestedPage renumbered(IngestedPage p, int number) {
            return new IngestedPage(
                    number,
                    p.source(),
                    p.text(),
                    p.charCount(),
                    p.textLayerChars(),
                    p.unmappedGlyphs(),
                    p.meanConfidence(),
                    p.ocrDpi(),
                    p.words(),
                    p.frame());
        }
    }
}
