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
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
        return downloadWithCharset(url).content();
    }

    /** A downloaded document and the charset its Content-Type named, if any. */
    record Downloaded(byte[] content, Charset charset) {
    }

    Downloaded downloadWithCharset(String url) {
        HttpResponse<byte[]> response = sendForResponse(HttpRequest.newBuilder(URI.create(url))
                .timeout(retry.requestTimeout()).GET().build(), "document download");
        Charset charset = response.headers().firstValue("Content-Type").map(Documents::charsetOf).orElse(null);
        return new Downloaded(gunzipIfCompressed(response.body()), charset);
    }

    /**
     * Text of a flat-file report: the declared charset, else UTF-8 when the bytes are valid UTF-8,
     * else windows-1252, which US flat files commonly use [unverified].
     */
    static String decode(Downloaded d) {
        if (d.charset() != null) {
            return new String(d.content(), d.charset());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(d.content())).toString();
        } catch (CharacterCodingException e) {
            return new String(d.content(), Charset.forName("windows-1252"));
        }
    }

    private static Charset charsetOf(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                try {
                    return Charset.forName(p.substring(8).replace("\"", "").trim());
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
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
        return sendForResponse(request, what).body();
    }

    private HttpResponse<byte[]> sendForResponse(HttpRequest request, String what) {
        for (int attempt = 0; ; attempt++) {
            int status;
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                status = response.statusCode();
                if (status / 100 == 2) {
                    return response;
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
