package com.pricedesk.app.sync;

import com.pricedesk.domain.market.MarketplaceError;
import com.pricedesk.domain.market.MarketplaceException;
import com.pricedesk.domain.market.ProcessingState;
import com.pricedesk.domain.market.ReportDocument;
import com.pricedesk.domain.market.ReportRequest;
import com.pricedesk.domain.market.ReportStatus;
import com.pricedesk.domain.port.MarketplaceGateway;
import java.time.Duration;

/** Requests a report and polls until Amazon has built it, then downloads it. */
public final class ReportWaiter {
    /** Pauses between polls; tests and the fast simulator pass a short one. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration d) throws InterruptedException;
    }

    private final Pause pause;
    private final Duration interval;
    private final int maxPolls;

    public ReportWaiter(Pause pause, Duration interval, int maxPolls) {
        this.pause = pause;
        this.interval = interval;
        this.maxPolls = maxPolls;
    }

    public static ReportWaiter realTime(Duration interval, int maxPolls) {
        return new ReportWaiter(d -> Thread.sleep(d.toMillis()), interval, maxPolls);
    }

    public ReportDocument fetch(MarketplaceGateway gateway, ReportRequest request) {
        String id = gateway.requestReport(request);
        for (int i = 0; i < maxPolls; i++) {
            ReportStatus s = gateway.reportStatus(id);
            if (s.state() == ProcessingState.DONE && s.documentId().isPresent()) {
                return gateway.downloadReport(s.documentId().get());
            }
            if (s.state().finished()) {
                throw failed(request, "Amazon ended the report " + id + " as " + s.state());
            }
            try {
                pause.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failed(request, "Interrupted while waiting for report " + id);
            }
        }
        throw failed(request, "Report " + id + " was not ready after " + maxPolls + " polls");
    }

    private static MarketplaceException failed(ReportRequest request, String message) {
        return new MarketplaceException("getReport", 0, new MarketplaceError("ReportNotReady",
                request.reportType() + ": " + message), null);
    }
}
