package org.yici.engine.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.yici.ingest.IngestConfig;
import org.yici.ingest.IngestOutcome;
import org.yici.ingest.IngestRequest;
import org.yici.ingest.IngestService;
import org.yici.ingest.Ingestor;

/**
 * Reads the files of a check (in parallel, bounded by {@code yici.ingest.parallelism}). The OCR
 * engines are created on first use, so a service that only sees ticked paper never loads them.
 */
@Service
public class DocumentIngest implements DisposableBean {
    private final int parallelism;
    private Ingestor ingestor;
    private IngestService service;

    DocumentIngest(@Value("${yici.ingest.parallelism:2}") int parallelism) {
        this.parallelism = parallelism;
    }

    /**
     * Ingests every file; a file that cannot be read is evidence with its error, not an exception.
     *
     * @param files material id to (declared name, bytes)
     */
    public List<DocumentEvidence> ingest(Map<String, IngestRequest> files) {
        if (files.isEmpty()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(files.keySet());
        List<IngestOutcome> outcomes =
                service().ingestAll(ids.stream().map(files::get).toList());
        List<DocumentEvidence> evidence = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            evidence.add(DocumentEvidence.of(ids.get(i), outcomes.get(i)));
        }
        return evidence;
    }

    private synchronized IngestService service() {
        if (service == null) {
            ingestor = Ingestor.create(IngestConfig.defaults());
            service = new IngestService(ingestor, parallelism);
        }
        return service;
    }

    @Override
    public synchronized void destroy() {
        if (service != null) {
            service.close();
            ingestor.close();
        }
    }
}
