package com.pricedesk.sim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/** The simulator's "S3": feed and report documents behind presigned URLs (no SP-API token there). */
final class SimDocuments {
    private final String baseUrl;
    private final AtomicLong ids = new AtomicLong(70_000);
    private final Map<String, Document> documents = new ConcurrentHashMap<>();

    /** A stored document; content is null until uploaded. */
    record Document(String contentType, byte[] content) {
    }

    SimDocuments(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String newId() {
        return "amzn1.tortuga.4.na." + ids.incrementAndGet();
    }

    /** Reserves an id for a document the client will upload. */
    String expectUpload(String contentType) {
        String id = newId();
        documents.put(id, new Document(contentType, null));
        return id;
    }

    String store(String contentType, byte[] content) {
        String id = newId();
        documents.put(id, new Document(contentType, content));
        return id;
    }

    Document get(String id) {
        return documents.get(id);
    }

    String presigned(String id) {
        return baseUrl + "/sim-s3/" + id + "?X-Amz-Expires=300&X-Amz-Signature=sim";
    }

    /** PUT on the presigned URL; the declared content type must match the one the document was made for. */
    void upload(SimExchange ex, String id) throws IOException {
        Document doc = documents.get(id);
        if (doc == null || doc.content() != null) {
            ex.sendRaw(403, "<Error><Code>AccessDenied</Code></Error>");
            return;
        }
        if (!doc.contentType().equals(ex.header("Content-Type"))) {
            ex.sendRaw(403, "<Error><Code>SignatureDoesNotMatch</Code></Error>");
            return;
        }
        documents.put(id, new Document(doc.contentType(), ex.body().getBytes(StandardCharsets.UTF_8)));
        ex.sendRaw(200, "");
    }

    void download(SimExchange ex, String id) throws IOException {
        Document doc = documents.get(id);
        if (doc == null || doc.content() == null) {
            ex.sendRaw(404, "<Error><Code>NoSuchKey</Code></Error>");
            return;
        }
        ex.sendBytes(200, doc.contentType(), doc.content());
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }
}
