package com.pricedesk.sim;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated Amazon on 127.0.0.1: LWA token endpoint plus our SP-API subset, with Amazon's
 * authentication, per-operation rate limits (429 QuotaExceeded), error bodies and injectable faults.
 * Only loopback is bound: the simulator must never be reachable from the network.
 */
public final class SimServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SimServer.class);

    private final SimConfig config;
    private final SimMarket market;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final SimAuthority authority;
    private final SimFaults faults = new SimFaults();
    private final SimStats stats = new SimStats();
    private final SimRateLimits limits;
    private HttpServer server;
    private ExecutorService executor;

    public SimServer(SimConfig config, SimMarket market, Clock clock) {
        this.config = config;
        this.market = market;
        this.clock = clock;
        this.authority = new SimAuthority(config.seed(), market.sellerId(), clock, config.realTokenLifetime());
        this.limits = new SimRateLimits(config.speed());
    }

    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 64);
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "sim-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        SimRouter router = new SimRouter(this);
        server.createContext("/", router::dispatch);
        server.start();
        log.info("Simulator listening on {} (seed {}, speed {})", spApiEndpoint(), config.seed(), config.speed());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String spApiEndpoint() {
        return "http://127.0.0.1:" + port();
    }

    public String lwaEndpoint() {
        return spApiEndpoint() + "/auth/o2/token";
    }

    public SimCredentials credentials() {
        return authority.credentials();
    }

    public SimAuthority authority() {
        return authority;
    }

    public SimFaults faults() {
        return faults;
    }

    public SimStats stats() {
        return stats;
    }

    public SimMarket market() {
        return market;
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            log.info("Simulator stopped");
        }
    }

    /** Finds the operation for a request and runs Amazon's checks in Amazon's order. */
    private static final class SimRouter {
        private final SimServer sim;
        private final TokenEndpoint token;
        private final PricingEndpoints pricing;
        private final ListingsEndpoints listings;
        private final FeesEndpoint fees;
        private final InventoryEndpoint inventory;
        private final FeedsEndpoints feeds;
        private final SimDocuments documents;
        private final ReportsEndpoints reports;
        private final CatalogEndpoint catalog;
        private final AdsEndpoints ads;

        SimRouter(SimServer sim) {
            this.sim = sim;
            this.token = new TokenEndpoint(sim.authority, sim.json, sim.config.realTokenLifetime().toSeconds());
            this.pricing = new PricingEndpoints(sim.market, sim.json, sim.clock);
            this.listings = new ListingsEndpoints(sim.market, sim.json, sim.stats);
            this.fees = new FeesEndpoint(sim.market, sim.json, sim.clock);
            this.inventory = new InventoryEndpoint(sim.market, sim.json, sim.clock);
            this.catalog = new CatalogEndpoint(sim.market, sim.json);
            this.documents = new SimDocuments(sim.spApiEndpoint());
            this.feeds = new FeedsEndpoints(sim.market, sim.json, sim.clock, sim.stats,
                    scaled(FeedsEndpoints.PROCESSING_TIME, sim.config.speed()), documents);
            this.reports = new ReportsEndpoints(sim.market, sim.json, sim.clock,
                    scaled(ReportsEndpoints.PROCESSING_TIME, sim.config.speed()), documents);
            this.ads = new AdsEndpoints(sim.market, sim.json, sim.clock,
                    scaled(AdsEndpoints.PROCESSING_TIME, sim.config.speed()), documents);
        }

        void dispatch(HttpExchange http) throws IOException {
            SimExchange ex = new SimExchange(http, sim.json);
            try {
                route(http, ex);
            } catch (IOException | RuntimeException e) {
                log.warn("Simulator failed on {} {}", http.getRequestMethod(), http.getRequestURI().getPath(), e);
                try {
                    ex.sendError(500, "InternalFailure", "We encountered an internal error. Please try again.");
                } catch (IOException | RuntimeException ignored) {
                    // The response was already under way; the client sees a broken answer and retries.
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                http.close();
            }
        }

        private void route(HttpExchange http, SimExchange ex) throws IOException, InterruptedException {
            String method = ex.method().toUpperCase(Locale.ROOT);
            List<String> p = ex.path();
            if (p.size() == 2 && p.get(0).equals("sim-s3")) {
                // Presigned document URLs: S3, outside the SP-API's token and rate limits.
                if (method.equals("PUT")) {
                    documents.upload(ex, p.get(1));
                } else {
                    documents.download(ex, p.get(1));
                }
                return;
            }
            if (method.equals("POST") && p.equals(TokenEndpoint.path())) {
                sim.stats.countCall(SimOperation.LWA_TOKEN);
                token.handle(ex);
                return;
            }
            if (p.size() >= 2 && p.subList(0, 2).equals(List.of("reporting", "reports"))
                    || method.equals("GET") && p.equals(List.of("v2", "profiles"))) {
                routeAds(http, ex, method, p);
                return;
            }
            SimOperation op;
            SimEndpoint endpoint;
            if (method.equals("POST") && p.equals(List.of("batches", "products", "pricing", "v0", "listingOffers"))) {
                op = SimOperation.GET_LISTING_OFFERS_BATCH;
                endpoint = pricing::listingOffers;
            } else if (method.equals("POST") && p.equals(List.of("batches", "products", "pricing", "v0", "itemOffers"))) {
                op = SimOperation.GET_ITEM_OFFERS_BATCH;
                endpoint = pricing::itemOffers;
            } else if (method.equals("POST") && p.equals(List.of("batches", "products", "pricing", "2022-05-01", "items",
                    "competitiveSummary"))) {
                op = SimOperation.GET_COMPETITIVE_SUMMARY;
                endpoint = pricing::competitiveSummary;
            } else if (method.equals("POST") && p.equals(List.of("batches", "products", "pricing", "2022-05-01", "offer",
                    "featuredOfferExpectedPrice"))) {
                op = SimOperation.GET_FEATURED_OFFER_EXPECTED_PRICE_BATCH;
                endpoint = pricing::featuredOfferExpectedPrice;
            } else if (p.size() == 5 && p.subList(0, 3).equals(List.of("listings", "2021-08-01", "items"))
                    && (method.equals("GET") || method.equals("PATCH"))) {
                op = method.equals("GET") ? SimOperation.GET_LISTINGS_ITEM : SimOperation.PATCH_LISTINGS_ITEM;
                endpoint = method.equals("GET") ? listings::get : listings::patch;
            } else if (p.size() == 4 && p.subList(0, 3).equals(List.of("listings", "2021-08-01", "items"))
                    && method.equals("GET")) {
                op = SimOperation.SEARCH_LISTINGS_ITEMS;
                endpoint = listings::search;
            } else if (method.equals("GET") && p.equals(List.of("catalog", "2022-04-01", "items"))) {
                op = SimOperation.SEARCH_CATALOG_ITEMS;
                endpoint = catalog;
            } else if (method.equals("POST") && p.equals(List.of("products", "fees", "v0", "feesEstimate"))) {
                op = SimOperation.GET_MY_FEES_ESTIMATES;
                endpoint = fees;
            } else if (method.equals("GET") && p.equals(List.of("fba", "inventory", "v1", "summaries"))) {
                op = SimOperation.GET_INVENTORY_SUMMARIES;
                endpoint = inventory;
            } else if (method.equals("POST") && p.equals(List.of("feeds", "2021-06-30", "documents"))) {
                op = SimOperation.CREATE_FEED_DOCUMENT;
                endpoint = feeds::createDocument;
            } else if (method.equals("POST") && p.equals(List.of("feeds", "2021-06-30", "feeds"))) {
                op = SimOperation.CREATE_FEED;
                endpoint = e -> feeds.createFeed(e, e.applyWrites());
            } else if (method.equals("GET") && p.size() == 4 && p.subList(0, 3).equals(List.of("feeds", "2021-06-30",
                    "feeds"))) {
                op = SimOperation.GET_FEED;
                endpoint = e -> feeds.getFeed(e, p.get(3));
            } else if (method.equals("GET") && p.size() == 4 && p.subList(0, 3).equals(List.of("feeds", "2021-06-30",
                    "documents"))) {
                op = SimOperation.GET_FEED_DOCUMENT;
                endpoint = e -> feeds.getDocument(e, p.get(3));
            } else if (method.equals("POST") && p.equals(List.of("reports", "2021-06-30", "reports"))) {
                op = SimOperation.CREATE_REPORT;
                endpoint = reports::createReport;
            } else if (method.equals("GET") && p.size() == 4 && p.subList(0, 3).equals(List.of("reports", "2021-06-30",
                    "reports"))) {
                op = SimOperation.GET_REPORT;
                endpoint = e -> reports.getReport(e, p.get(3));
            } else if (method.equals("GET") && p.size() == 4 && p.subList(0, 3).equals(List.of("reports", "2021-06-30",
                    "documents"))) {
                op = SimOperation.GET_REPORT_DOCUMENT;
                endpoint = e -> reports.getDocument(e, p.get(3));
            } else {
                ex.sendError(404, "NotFound", "Resource not found");
                return;
            }
            sim.stats.countCall(op);
            if (!sim.authority.valid(ex.header("x-amz-access-token"))) {
                ex.sendError(403, "Unauthorized", "Access to requested resource is denied.");
                return;
            }
            SimFault fault = sim.faults.next(op).orElse(null);
            if (fault instanceof SimFault.Status s) {
                ex.sendError(s.status(), s.code(), s.message());
                return;
            }
            if (fault instanceof SimFault.Delay d) {
                Thread.sleep(d.delay().toMillis());
            }
            if (!sim.limits.tryAcquire(op)) {
                sim.stats.countThrottled(op);
                ex.sendError(429, "QuotaExceeded", "You exceeded your quota for the requested resource.");
                return;
            }
            if (fault instanceof SimFault.AcceptWithoutApplying) {
                ex.applyWrites(false);
            }
            if (op == SimOperation.GET_LISTINGS_ITEM || op == SimOperation.SEARCH_LISTINGS_ITEMS
                    || op == SimOperation.GET_LISTING_OFFERS_BATCH) {
                feeds.processDue();
            }
            if (fault instanceof SimFault.MalformedBody) {
                ex.sendRaw(200, "{\"payload\": [unterminated");
                return;
            }
            http.getResponseHeaders().set("x-amzn-RateLimit-Limit", rate(op));
            endpoint.handle(ex);
        }

        /** Amazon Ads: Bearer token, client-id and profile headers, its own error shape. */
        private void routeAds(HttpExchange http, SimExchange ex, String method, List<String> p)
                throws IOException, InterruptedException {
            boolean profiles = p.get(0).equals("v2");
            SimOperation op = profiles ? SimOperation.ADS_LIST_PROFILES
                    : method.equals("POST") && p.size() == 2 ? SimOperation.ADS_CREATE_REPORT
                    : method.equals("GET") && p.size() == 3 ? SimOperation.ADS_GET_REPORT : null;
            if (op == null) {
                ads.error(ex, 404, "NOT_FOUND", "Resource not found");
                return;
            }
            sim.stats.countCall(op);
            String auth = String.valueOf(ex.header("Authorization"));
            if (!auth.startsWith("Bearer ") || !sim.authority.valid(auth.substring("Bearer ".length()))) {
                ads.error(ex, 401, "UNAUTHORIZED", "Not authorized to access this advertiser");
                return;
            }
            // Listing the profiles needs no profile scope: it is how a client learns which ones it may use.
            if (!sim.authority.credentials().clientId().equals(ex.header("Amazon-Advertising-API-ClientId"))
                    || !profiles && !sim.authority.adsProfileId().equals(ex.header("Amazon-Advertising-API-Scope"))) {
                ads.error(ex, 403, "FORBIDDEN", "Invalid client id or profile scope");
                return;
            }
            SimFault fault = sim.faults.next(op).orElse(null);
            if (fault instanceof SimFault.Status s) {
                ads.error(ex, s.status(), s.code(), s.message());
                return;
            }
            if (fault instanceof SimFault.Delay d) {
                Thread.sleep(d.delay().toMillis());
            }
            if (op == SimOperation.ADS_LIST_PROFILES) {
                ads.profiles(ex, sim.authority.adsProfileId(), sim.market.sellerId());
            } else if (op == SimOperation.ADS_CREATE_REPORT) {
                ads.create(ex);
            } else {
                ads.get(ex, p.get(2));
            }
        }

        /** A duration on the simulator's clock, in real time. */
        private static Duration scaled(Duration simTime, double speed) {
            return Duration.ofMillis(Math.max(1, Math.round(simTime.toMillis() / speed)));
        }

        private static String rate(SimOperation op) {
            return Double.toString(op.ratePerSecond());
        }
    }
}
