package org.yici.engine.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.yici.engine.storage.UploadNames;
import org.yici.ingest.IngestRequest;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.model.Form;

/**
 * A package sent as multipart, read the same way for the synchronous and the asynchronous call: a
 * {@code request} part (JSON), one part per file named by the id of its material, and files
 * without a material in parts named {@value #UNASSIGNED} (any number), each of which becomes a
 * material without a code, id {@code file-1}, {@code file-2}, …, whose type is read from its
 * content and matched.
 *
 * @param request the request with the unassigned files' materials added
 * @param files the files by material id, unassigned ones first, then in part order
 */
public record MultipartPackage(CheckRequest request, Map<String, IngestRequest> files) {

    /** The part name of a file sent without a material. */
    public static final String UNASSIGNED = "file";

    /**
     * The part name of a stack: any number of pages of any number of documents (a whole package
     * scanned at once, phone photos), cut into documents by their content (issue 18). Stacks are
     * the files no material of the request names, ids {@code stack-1}, {@code stack-2}, ….
     */
    public static final String STACK = "files";

    /** @throws UnknownPartException for a file part named after no material of the request */
    public static MultipartPackage read(CheckRequest request, MultipartHttpServletRequest http) throws IOException {
        Map<String, IngestRequest> files = new LinkedHashMap<>();
        CheckRequest withUnassigned =
                withUnassigned(request, http.getMultiFileMap().getOrDefault(UNASSIGNED, List.of()), files);
        Set<String> ids = new HashSet<>();
        withUnassigned.materials().forEach(m -> ids.add(m.id()));
        int stacks = 0;
        Set<String> stackNames = new HashSet<>();
        for (MultipartFile stack : http.getMultiFileMap().getOrDefault(STACK, List.of())) {
            String id = "stack-" + ++stacks;
            if (ids.contains(id)) {
                throw new UnknownPartException(id);
            }
            String name = distinct(UploadNames.ofPart(STACK, stack.getOriginalFilename()), id, stackNames);
            files.put(id, new IngestRequest(name, stack.getBytes()));
        }
        for (Map.Entry<String, MultipartFile> part : http.getFileMap().entrySet()) {
            if (part.getKey().equals("request")
                    || part.getKey().equals(UNASSIGNED)
                    || part.getKey().equals(STACK)) {
                continue;
            }
            if (!ids.contains(part.getKey())) {
                throw new UnknownPartException(part.getKey());
            }
            MultipartFile file = part.getValue();
            files.put(
                    part.getKey(),
                    new IngestRequest(UploadNames.ofPart(part.getKey(), file.getOriginalFilename()), file.getBytes()));
        }
        // The request's own file names are what the client typed; the clean part names replace them.
        List<CheckRequest.Material> named = withUnassigned.materials().stream()
                .map(m -> files.containsKey(m.id())
                        ? new CheckRequest.Material(
                                m.id(),
                                m.code(),
                                m.form(),
                                m.copies(),
                                named(files.get(m.id()).declaredName(), m.file()),
                                m.fields())
                        : m)
                .toList();
        return new MultipartPackage(withUnassigned.withMaterials(named), files);
    }

    /**
     * A stack file's name, told apart from the other stack files' (a document's pages are named by
     * file and page, and a phone's browser may send every photo as {@code image.jpg}): a repeated
     * name gets " (2)", " (3)", … before its extension; a file sent without a name is named by its id.
     */
    static String distinct(String name, String id, Set<String> used) {
        String base = name == null ? id : name;
        String candidate = base;
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        String extension = dot > 0 ? base.substring(dot) : "";
        for (int n = 2; !used.add(candidate); n++) {
            candidate = stem + " (" + n + ")" + extension;
        }
        return candidate;
    }

    /** The part's clean name; when the part came without one, the request's own, cleaned. */
    private static String named(String partName, String requestName) {
        return partName != null ? partName : UploadNames.clean(requestName);
    }

    /**
     * The request with one uncoded material per unassigned file: an electronic file online; at the
     * window a scan, which cannot show an original from a copy (staff confirm the paper, as for a
     * whole-stack scan), so it counts as either.
     */
    private static CheckRequest withUnassigned(
            CheckRequest request, List<MultipartFile> unassigned, Map<String, IngestRequest> files) throws IOException {
        if (unassigned.isEmpty()) {
            return request;
        }
        List<CheckRequest.Material> materials = new ArrayList<>(request.materials());
        Form form = "ONLINE".equals(request.channel()) ? Form.ELECTRONIC : Form.ORIGINAL_AND_COPY;
        int n = 0;
        for (MultipartFile file : unassigned) {
            String id = UNASSIGNED + "-" + ++n;
            String name = UploadNames.ofPart(UNASSIGNED, file.getOriginalFilename());
            materials.add(new CheckRequest.Material(id, null, form, 1, name, null));
            files.put(id, new IngestRequest(name, file.getBytes()));
        }
        return request.withMaterials(materials);
    }

    /** A file part whose name is no material id of the request. */
    public static class UnknownPartException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String part;

        UnknownPartException(String part) {
            super("文件部分 " + part + " 不对应请求中的任何材料标识（materials[].id）");
            this.part = part;
        }

        public String part() {
            return part;
        }
    }
}
