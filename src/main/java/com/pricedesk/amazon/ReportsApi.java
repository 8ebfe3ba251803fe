package com.pricedesk.amazon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.domain.market.MarketplaceError;
import com.pricedesk.domain.market.MarketplaceException;
import com.pricedesk.domain.market.ProcessingState;
import com.pricedesk.domain.market.ReportDocument;
import com.pricedesk.domain.market.ReportRequest;
import com.pricedesk.domain.market.ReportStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reports: create, poll, download (gzip recognised by its bytes, Q12). */
final class ReportsApi {
    private final SpApiTransport transport;
    private final Documents documents;
    private final String marketplaceId;
    private final ObjectMapper json = WireJson.mapper();

    ReportsApi(SpApiTransport transport, Documents documents, String marketplaceId) {
        this.transport = transport;
        this.documents = documents;
        this.marketplaceId = marketplaceId;
    }

    String request(ReportRequest r) {
        ReportsWire.CreateReportSpecification spec = new ReportsWire.CreateReportSpecification(r.reportType(),
                List.of(marketplaceId), r.dataStart() == null ? null : r.dataStart().toString(),
                r.dataEnd() == null ? null : r.dataEnd().toString(), r.options());
        return read(SpApiOperation.CREATE_REPORT, transport.call(SpApiOperation.CREATE_REPORT, "POST",
                "/reports/2021-06-30/reports", write(spec)), ReportsWire.CreateReportResponse.class).reportId();
    }

    ReportStatus status(String reportId) {
        ReportsWire.Report r = read(SpApiOperation.GET_REPORT, transport.call(SpApiOperation.GET_REPORT, "GET",
                "/reports/2021-06-30/reports/" + UrlPaths.encode(reportId), null), ReportsWire.Report.class);
        ProcessingState state;
        try {
            state = ProcessingState.valueOf(String.valueOf(r.processingStatus()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MarketplaceException(SpApiOperation.GET_REPORT.operationId(), 200, new MarketplaceError(
                    "UnknownStatus", "Amazon reported report status " + r.processingStatus()), null);
        }
        return new ReportStatus(r.reportId(), r.reportType(), state, Optional.ofNullable(r.reportDocumentId()));
    }

    ReportDocument download(String documentId) {
        ReportsWire.ReportDocument doc = read(SpApiOperation.GET_REPORT_DOCUMENT, transport.call(
                SpApiOperation.GET_REPORT_DOCUMENT, "GET", "/reports/2021-06-30/documents/"
                        + UrlPaths.encode(documentId), null), ReportsWire.ReportDocument.class);
        return new ReportDocument(documentId, Documents.decode(documents.downloadWithCharset(doc.url())));
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a reports request", e);
        }
    }

    private <T> T read(SpApiOperation op, SpApiResponse response, Class<T> type) {
        try {
            return json.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw MalformedResponse.of(op, response);
        }
    }
}
