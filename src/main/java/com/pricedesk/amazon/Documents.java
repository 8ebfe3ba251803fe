package com.pricedesk.amazon;

import com.pricedesk.domain.market.MarketplaceError;
import com.pricedesk.domain.market.MarketplaceException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPInputStream;

/**
 * Feed and report documents on Amazon's presigned (S3) URLs: no SP-API token may be sent there,
 * and the compression Amazon declares is only a hint (BRIEF Q12), so gzip is recognised by its bytes.
 */
final class Documents {
    private final HttpClient http;
    private final RetryPolicy retry;

    Documents(HttpClient http, RetryPolicy retry) {
        this.http = http;
        this.retry = retry;
    }

    void upload(String url, String contentType, byte[] body) {
        send(HttpRequest.newBuilder(URI.create(url)).timeout(retry.requestTimeout())
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), "document upload");
    }

    /** Downloads a document and gunzips it when it starts with gzip's magic bytes, whatever was declared. */
    byte[] download(String url) {
        byte[] raw = send(HttpRequest.newBuilder(URI.create(url)).timeout(retry.requestTimeout()).GET().build(),
                "document download");
        return gunzipIfCompressed(raw);
    }

    static byte[] gunzipIfCompressed(byte[] raw) {
        if (raw.length < 2 || (raw[0] & 0xff) != 0x1f || (raw[1] & 0xff) != 0x8b) {
            return raw;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new MarketplaceException("document download", 200, new MarketplaceError("MalformedResponse",
                    "The document looks gzip-compressed but cannot be decompressed: " + e.getMessage()), e);
        }
    }

    private byte[] send(HttpRequest request, String what) {
        for (int attempt = 0; ; attempt++) {
            int status;
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                status = response.statusCode();
                if (status / 100 == 2) {
                    return response.body();
                }
            } catch (IOException e) {
                status = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MarketplaceException(what, 0, new MarketplaceError("Interrupted", "The call was cancelled"), e);
            }
            boolean transientFailure = status == 0 || status == 429 || status >= 500;
            if (!transientFailure || attempt >= retry.maxRetries()) {
                // A presigned URL lives 5 minutes; 403 here usually means it expired.
                throw new MarketplaceException(what, status, new MarketplaceError(status == 0 ? "NetworkError"
                        : "HTTP " + status, "The " + what + " failed"), null);
            }
            try {
                Thread.sleep(retry.delay(attempt, Duration.ZERO, ThreadLocalRandom.current().nextDouble()).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MarketplaceException(what, 0, new MarketplaceError("Interrupted", "The call was cancelled"), e);
            }
        }
    }
}
