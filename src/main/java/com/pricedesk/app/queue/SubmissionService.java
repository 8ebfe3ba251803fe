package com.pricedesk.app.queue;

import com.pricedesk.app.sync.NotConnectedException;
import com.pricedesk.domain.market.FeedReport;
import com.pricedesk.domain.market.FeedStatus;
import com.pricedesk.domain.market.ListingPrice;
import com.pricedesk.domain.market.MarketplaceException;
import com.pricedesk.domain.market.PriceSubmission;
import com.pricedesk.domain.market.PriceUpdate;
import com.pricedesk.domain.market.ProcessingState;
import com.pricedesk.domain.market.ReauthorizationRequiredException;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.AlertRepository;
import com.pricedesk.domain.port.MarketplaceGateway;
import com.pricedesk.domain.port.PriceChangeRepository;
import com.pricedesk.domain.port.PriceChangeRepository.ConcurrentChangeException;
import com.pricedesk.domain.port.PriceChangeRepository.Transition;
import com.pricedesk.domain.port.PriceLimitRepository;
import com.pricedesk.domain.port.PriceRepository;
import com.pricedesk.domain.port.UnitOfWork;
import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.pricing.PriceLimits;
import com.pricedesk.domain.queue.Alert;
import com.pricedesk.domain.queue.ChangeState;
import com.pricedesk.domain.queue.QueuedChange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends approved changes to Amazon so that each arrives at most once and is verified:
 * <ol>
 *   <li>in-flight changes (SUBMITTING/SUBMITTED, e.g. after a crash) are reconciled by reading the
 *   listing back before anything else is sent; a change whose request may have left is never re-sent;</li>
 *   <li>each approved change passes the guardrail again and its live price is re-read: a price changed
 *   outside PriceDesk holds the change and raises an alert;</li>
 *   <li>SUBMITTING is committed before the request; patches for a few changes, one JSON listings feed
 *   for many;</li>
 *   <li>a change is CONFIRMED only when the listing read back shows the new price (ACCEPTED or a feed's
 *   DONE is not enough); not showing within the confirmation time makes it FAILED with an alert.</li>
 * </ol>
 * Nothing is sent while the emergency stop is on.
 */
public final class SubmissionService {
    private static final Logger log = LoggerFactory.getLogger(SubmissionService.class);
    private static final String ACTOR = "submission";
    /** Amazon's limit is 25,000 messages; smaller feeds report sooner and fail smaller. */
    static final int MAX_FEED_MESSAGES = 10_000;
    /** Listings read per call before sending and when reading back (searchListingsItems' limit). */
    static final int READ_BATCH = 20;
    private static final int MAX_TRANSIENT_IN_A_ROW = 3;

    private final PriceChangeRepository changes;
    private final AlertRepository alerts;
    private final PriceRepository prices;
    private final PriceLimitRepository limits;
    private final QueueSettings settings;
    private final EmergencyStop stop;
    private final UnitOfWork unitOfWork;
    private final Supplier<Optional<MarketplaceGateway>> gateways;
    private final Clock clock;
    /** Finished feeds' statuses: Amazon will not change them, and their reports are costly to fetch. */
    private final Map<String, FeedStatus> finishedFeeds = new java.util.concurrent.ConcurrentHashMap<>();

    public SubmissionService(PriceChangeRepository changes, AlertRepository alerts, PriceRepository prices,
                             PriceLimitRepository limits, QueueSettings settings, EmergencyStop stop,
                             UnitOfWork unitOfWork, Supplier<Optional<MarketplaceGateway>> gateways, Clock clock) {
        this.changes = changes;
        this.alerts = alerts;
        this.prices = prices;
        this.limits = limits;
        this.settings = settings;
        this.stop = stop;
        this.unitOfWork = unitOfWork;
        this.gateways = gateways;
        this.clock = clock;
    }

    /** How a run went: counts by outcome, the path used, and whether changes still await confirmation. */
    public record Report(Path path, int sent, int confirmed, int failed, int held, int stillPending,
                         int leftApproved, List<QueuedChange> touched) {
        public Report {
            touched = List.copyOf(touched);
        }
    }

    /** How the approved changes went out this run. */
    public enum Path { NONE, PATCH, FEED }

    /**
     * Reconciles, sends every approved change, and waits up to the configured time for the
     * confirmations. Throws {@link PausedException} while the emergency stop is on.
     */
    public Report submitApproved() {
        stop.requireRunning();
        MarketplaceGateway gw = gateways.get().orElseThrow(NotConnectedException::new);
        Tally tally = new Tally();
        verifyOnce(gw, tally);
        List<QueuedChange> approved = changes.inStates(EnumSet.of(ChangeState.APPROVED));
        Path path = approved.isEmpty() ? Path.NONE
                : approved.size() >= settings.feedThreshold() ? Path.FEED : Path.PATCH;
        if (!approved.isEmpty()) {
            send(gw, approved, path, tally);
        }
        awaitConfirmations(gw, tally, clock.instant().plus(settings.waitForConfirmation()));
        int pending = changes.inStates(EnumSet.of(ChangeState.SUBMITTING, ChangeState.SUBMITTED)).size();
        int left = changes.inStates(EnumSet.of(ChangeState.APPROVED)).size();
        log.info("Submission ({}): {} sent, {} confirmed, {} failed, {} held, {} awaiting confirmation, {} not sent",
                path, tally.sent, tally.confirmed, tally.failed, tally.held, pending, left);
        return new Report(path, tally.sent, tally.confirmed, tally.failed, tally.held, pending, left,
                new ArrayList<>(tally.touched.values()));
    }

    /**
     * One read-back pass over in-flight changes, without sending anything: what a restart does
     * first, and what the scheduler may run on its own. Allowed while paused (it only reads).
     */
    public Report reconcile() {
        MarketplaceGateway gw = gateways.get().orElseThrow(NotConnectedException::new);
        Tally tally = new Tally();
        verifyOnce(gw, tally);
        int pending = changes.inStates(EnumSet.of(ChangeState.SUBMITTING, ChangeState.SUBMITTED)).size();
        return new Report(Path.NONE, 0, tally.confirmed, tally.failed, 0, pending,
                changes.inStates(EnumSet.of(ChangeState.APPROVED)).size(), new ArrayList<>(tally.touched.values()));
    }

    private static final class Tally {
        int sent;
        int confirmed;
        int failed;
        int held;
        final Map<Long, QueuedChange> touched = new LinkedHashMap<>();

        void touch(QueuedChange c) {
            touched.put(c.id(), c);
        }
    }

    // ---- sending ----

    private void send(MarketplaceGateway gw, List<QueuedChange> approved, Path path, Tally tally) {
        Map<String, PriceLimits> limitBySku = limits.findAll();
        List<Ready> ready = new ArrayList<>();
        int transientInARow = 0;
        ListingReader reader = new ListingReader(gw, approved.stream().map(QueuedChange::sellerSku).toList());
        for (QueuedChange c : approved) {
            if (stop.isPaused()) {
                log.warn("Emergency stop switched on during submission: {} changes stay approved", approved.size());
                break;
            }
            Optional<Explanation> blocked = Guard.violation(c, limitBySku.getOrDefault(c.sellerSku(), PriceLimits.NONE));
            if (blocked.isPresent()) {
                fail(c, null, Explanation.of("blocked by a guardrail: ", "被价格保护拦截：").then("", "", blocked.get()),
                        tally);
                continue;
            }
            ListingPrice listing;
            try {
                listing = reader.read(c.sellerSku());
                transientInARow = 0;
            } catch (ReauthorizationRequiredException e) {
                throw e;
            } catch (MarketplaceException e) {
                if (e.transientFailure()) {
                    // Not sent: the change stays approved for the next run.
                    if (++transientInARow >= MAX_TRANSIENT_IN_A_ROW) {
                        log.warn("Amazon keeps failing ({}); the remaining changes stay approved", e.getMessage());
                        break;
                    }
                    continue;
                }
                fail(c, e, Explanation.of("Amazon refused to read the listing", "亚马逊拒绝读取该 Listing"), tally);
                continue;
            }
            BigDecimal shown = listing.ourPrice() != null ? listing.ourPrice() : listing.livePrice();
            if (shown == null || !sameCents(shown, c.oldPrice())) {
                hold(c, shown, tally);
                continue;
            }
            if (path == Path.PATCH) {
                if (!sendPatch(gw, c, tally)) {
                    if (++transientInARow >= MAX_TRANSIENT_IN_A_ROW) {
                        log.warn("Amazon keeps failing; the remaining changes stay approved");
                        break;
                    }
                } else {
                    transientInARow = 0;
                }
            } else {
                ready.add(new Ready(c, listing));
            }
        }
        for (int i = 0; i < ready.size(); i += MAX_FEED_MESSAGES) {
            if (stop.isPaused()) {
                break;
            }
            sendFeed(gw, ready.subList(i, Math.min(ready.size(), i + MAX_FEED_MESSAGES)), tally);
        }
    }

    private record Ready(QueuedChange change, ListingPrice listing) {
    }

    /** True unless Amazon failed transiently (the change then waits for the read-back). */
    private boolean sendPatch(MarketplaceGateway gw, QueuedChange c, Tally tally) {
        QueuedChange submitting;
        try {
            submitting = move(c, ChangeState.SUBMITTING, Explanation.of("sending " + c.newPrice().toPlainString()
                    + " to Amazon (patch)", "正在向亚马逊提交 " + c.newPrice().toPlainString() + "（单条修改）"), tally);
        } catch (ConcurrentChangeException e) {
            log.info("{}", e.getMessage());
            return true;
        }
        PriceSubmission result;
        try {
            result = gw.updatePrice(new PriceUpdate(c.sellerSku(), c.newPrice().amount(), null, null, c.id()));
        } catch (ReauthorizationRequiredException e) {
            throw e;
        } catch (MarketplaceException e) {
            if (e.transientFailure() && e.httpStatus() != 429) {
                // No answer or an outage: Amazon may have the change. Only a read-back may decide.
                log.warn("Change {} for {}: no clear answer from Amazon ({}); it will be read back", c.id(),
                        c.sellerSku(), e.getMessage());
                return false;
            }
            fail(submitting, e, Explanation.of("Amazon refused the change", "亚马逊拒绝了该调价"), tally);
            return true;
        }
        tally.sent++;
        if (result.status() == PriceSubmission.Status.INVALID) {
            var issue = result.issues().isEmpty() ? null : result.issues().get(0);
            QueuedChange failed = submitting.moveTo(ChangeState.FAILED, ACTOR, clock.instant())
                    .withAmazonError(issue == null ? "INVALID" : issue.code(), issue == null ? "" : issue.message());
            recordFailure(submitting, failed, Explanation.of("Amazon rejected the change as invalid",
                    "亚马逊判定该调价无效"), tally);
            return true;
        }
        move(submitting, ChangeState.SUBMITTED, Explanation.of("Amazon accepted " + c.newPrice().toPlainString()
                + " (submission " + result.submissionId() + "); waiting to see it on the listing", "亚马逊已受理 "
                + c.newPrice().toPlainString() + "（提交号 " + result.submissionId() + "），等待 Listing 显示"), tally);
        return true;
    }

    private void sendFeed(MarketplaceGateway gw, List<Ready> batch, Tally tally) {
        Instant now = clock.instant();
        List<Transition> toSubmitting = new ArrayList<>(batch.size());
        for (Ready r : batch) {
            QueuedChange c = r.change();
            toSubmitting.add(new Transition(c, c.moveTo(ChangeState.SUBMITTING, ACTOR, now), Explanation.of(
                    "sending " + c.newPrice().toPlainString() + " to Amazon (listings feed of " + batch.size() + ")",
                    "正在向亚马逊提交 " + c.newPrice().toPlainString() + "（批量上传，共 " + batch.size() + " 条）")));
        }
        changes.record(toSubmitting);
        List<PriceUpdate> updates = new ArrayList<>(batch.size());
        for (Ready r : batch) {
            QueuedChange c = r.change();
            // A feed cannot read each offer first, so min/max go with every price: the listing's own,
            // or else our floor and ceiling, which Amazon then also enforces.
            BigDecimal min = r.listing().minimumPrice() != null ? r.listing().minimumPrice() : c.floor().amount();
            BigDecimal max = r.listing().maximumPrice() != null ? r.listing().maximumPrice() : c.ceiling().amount();
            updates.add(new PriceUpdate(c.sellerSku(), c.newPrice().amount(), min.min(c.newPrice().amount()),
                    max.max(c.newPrice().amount()), c.id()));
        }
        String feedId;
        try {
            feedId = gw.submitPriceFeed(updates);
        } catch (ReauthorizationRequiredException e) {
            throw e;
        } catch (MarketplaceException e) {
            if (e.transientFailure() && e.httpStatus() != 429) {
                log.warn("Price feed of {} changes: no clear answer from Amazon ({}); they will be read back",
                        batch.size(), e.getMessage());
                return;
            }
            for (Transition t : toSubmitting) {
                fail(t.after(), e, Explanation.of("Amazon refused the price feed", "亚马逊拒绝了批量调价上传"), tally);
            }
            return;
        }
        Instant sent = clock.instant();
        List<Transition> toSubmitted = new ArrayList<>(batch.size());
        for (Transition t : toSubmitting) {
            QueuedChange s = t.after().moveTo(ChangeState.SUBMITTED, ACTOR, sent).withFeed(feedId);
            toSubmitted.add(new Transition(t.after(), s, Explanation.of("in Amazon's listings feed " + feedId
                    + "; waiting to see it on the listing", "已进入亚马逊批量上传 " + feedId + "，等待 Listing 显示")));
            tally.touch(s);
        }
        changes.record(toSubmitted);
        tally.sent += batch.size();
        log.info("Sent {} changes in listings feed {}", batch.size(), feedId);
    }

    // ---- confirming ----

    private void awaitConfirmations(MarketplaceGateway gw, Tally tally, Instant deadline) {
        while (verifyOnce(gw, tally) > 0 && clock.instant().isBefore(deadline)) {
            try {
                Thread.sleep(settings.pollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Reads back every in-flight change once; returns how many are still in flight. */
    private int verifyOnce(MarketplaceGateway gw, Tally tally) {
        List<QueuedChange> inFlight = changes.inStates(EnumSet.of(ChangeState.SUBMITTING, ChangeState.SUBMITTED));
        if (inFlight.isEmpty()) {
            return 0;
        }
        Map<String, FeedStatus> feeds = new HashMap<>();
        List<String> toRead = new ArrayList<>();
        Instant started = clock.instant();
        for (QueuedChange c : inFlight) {
            if (c.feedId().isPresent() && !feeds.containsKey(c.feedId().get())) {
                try {
                    feeds.put(c.feedId().get(), feedStatus(gw, c.feedId().get()));
                } catch (MarketplaceException e) {
                    log.info("Feed {} status unknown for now: {}", c.feedId().get(), e.getMessage());
                }
            }
            FeedStatus f = c.feedId().map(feeds::get).orElse(null);
            boolean timedOut = c.sendStartedAt().map(t -> !started.isBefore(t.plus(settings.confirmTimeout())))
                    .orElse(true);
            if (f == null || f.state().finished() || timedOut) {
                toRead.add(c.sellerSku());
            }
        }
        ListingReader reader = new ListingReader(gw, toRead);
        List<Transition> moves = new ArrayList<>();
        Map<String, Money> confirmedPrices = new HashMap<>();
        List<Alert> raised = new ArrayList<>();
        int still = 0;
        for (QueuedChange c : inFlight) {
            Instant now = clock.instant();
            Optional<FeedStatus> feed = Optional.empty();
            if (c.feedId().isPresent()) {
                try {
                    feed = Optional.of(feeds.computeIfAbsent(c.feedId().get(), id -> feedStatus(gw, id)));
                } catch (MarketplaceException e) {
                    log.info("Feed {} status unknown for now: {}", c.feedId().get(), e.getMessage());
                }
                Optional<FeedReport.Issue> issue = feed.flatMap(FeedStatus::report).flatMap(r -> r.issues().stream()
                        .filter(i -> i.messageId() == c.id() && "ERROR".equalsIgnoreCase(i.severity())).findFirst());
                if (issue.isPresent()) {
                    QueuedChange f = c.moveTo(ChangeState.FAILED, ACTOR, now)
                            .withAmazonError(issue.get().code(), issue.get().message());
                    moves.add(new Transition(c, f, Explanation.of("Amazon's feed report refused it",
                            "亚马逊的批量上传报告拒绝了该调价")));
                    raised.add(alert(f, Alert.Kind.CHANGE_FAILED, Explanation.of("price change failed: "
                            + issue.get().code() + " " + issue.get().message(), "调价失败：" + issue.get().code() + " "
                            + issue.get().message())));
                    tally.failed++;
                    continue;
                }
                if (feed.isPresent() && (feed.get().state() == ProcessingState.CANCELLED
                        || feed.get().state() == ProcessingState.FATAL)) {
                    QueuedChange f = c.moveTo(ChangeState.FAILED, ACTOR, now)
                            .withAmazonError(feed.get().state().name(), "Amazon ended the feed " + feed.get().state());
                    moves.add(new Transition(c, f, Explanation.of("Amazon ended the listings feed "
                            + feed.get().state(), "亚马逊终止了批量上传（" + feed.get().state() + "）")));
                    raised.add(alert(f, Alert.Kind.CHANGE_FAILED, Explanation.of("price change failed: feed "
                            + feed.get().state(), "调价失败：批量上传 " + feed.get().state())));
                    tally.failed++;
                    continue;
                }
            }
            boolean timedOut = c.sendStartedAt().map(t -> !now.isBefore(t.plus(settings.confirmTimeout())))
                    .orElse(true);
            boolean feedPending = feed.isPresent() && !feed.get().state().finished();
            if (feedPending && !timedOut) {
                still++;
                continue;
            }
            ListingPrice listing;
            try {
                listing = reader.read(c.sellerSku());
            } catch (ReauthorizationRequiredException e) {
                throw e;
            } catch (MarketplaceException e) {
                if (e.transientFailure()) {
                    still++;
                    continue;
                }
                QueuedChange f = c.moveTo(ChangeState.FAILED, ACTOR, now).withAmazonError(e.code(), e.amazonMessage());
                moves.add(new Transition(c, f, Explanation.of("the listing could not be read back",
                        "无法读回该 Listing")));
                raised.add(alert(f, Alert.Kind.CHANGE_FAILED, Explanation.of("price change failed: " + e.code(),
                        "调价失败：" + e.code())));
                tally.failed++;
                continue;
            }
            if (shows(listing, c.newPrice())) {
                QueuedChange ok = c.moveTo(ChangeState.CONFIRMED, ACTOR, now);
                moves.add(new Transition(c, ok, Explanation.of("Amazon shows " + c.newPrice().toPlainString()
                        + " on the listing", "亚马逊 Listing 已显示 " + c.newPrice().toPlainString())));
                confirmedPrices.put(c.sellerSku(), c.newPrice());
                tally.confirmed++;
            } else if (timedOut) {
                long minutes = Math.max(1, settings.confirmTimeout().toMinutes());
                String shown = listing.livePrice() != null ? listing.livePrice().toPlainString()
                        : String.valueOf(listing.ourPrice());
                Explanation why = c.state() == ChangeState.SUBMITTING
                        ? Explanation.of("sending was interrupted and Amazon still shows " + shown + " after "
                                + settings.confirmTimeout().toSeconds() + " s; not sent again so that nothing is sent "
                                + "twice (approve a new proposal to retry)", "提交中断，" + settings.confirmTimeout()
                                .toSeconds() + " 秒后亚马逊仍显示 " + shown + "；为避免重复提交不再重发（可批准新的调价建议重试）")
                        : Explanation.of("Amazon did not show the new price within " + minutes + " min (it shows "
                                + shown + ")", "亚马逊在 " + minutes + " 分钟内未显示新价格（当前显示 " + shown + "）");
                QueuedChange f = c.moveTo(ChangeState.FAILED, ACTOR, now).withAmazonError("NotConfirmed",
                        why.english());
                moves.add(new Transition(c, f, why));
                raised.add(alert(f, Alert.Kind.NOT_CONFIRMED, Explanation.of("price change not confirmed: ",
                        "调价未生效：").then("", "", why)));
                tally.failed++;
            } else {
                still++;
            }
        }
        unitOfWork.run(() -> {
            changes.record(moves);
            if (!confirmedPrices.isEmpty()) {
                prices.saveAll(confirmedPrices);
            }
        });
        moves.forEach(t -> tally.touch(t.after()));
        raised.forEach(alerts::add);
        return still;
    }

    /**
     * Reads listings in the order they are asked for, {@value #READ_BATCH} at a time through
     * {@link MarketplaceGateway#listings} (one searchListingsItems call instead of 20 getListingsItem
     * calls). A SKU the batch did not return, or any SKU of a batch that failed, is read on its own,
     * so its error (404, throttling, outage) reaches the caller exactly as before.
     */
    private static final class ListingReader {
        private final MarketplaceGateway gw;
        private final List<String> order;
        private final Map<String, Integer> position = new HashMap<>();
        private final Map<String, ListingPrice> read = new HashMap<>();
        private final java.util.Set<String> attempted = new java.util.HashSet<>();

        ListingReader(MarketplaceGateway gw, List<String> skus) {
            this.gw = gw;
            this.order = skus;
            for (int i = skus.size() - 1; i >= 0; i--) {
                position.put(skus.get(i), i);
            }
        }

        ListingPrice read(String sku) {
            if (!attempted.contains(sku)) {
                Integer at = position.get(sku);
                List<String> batch = new ArrayList<>(READ_BATCH);
                batch.add(sku);
                for (int i = at == null ? order.size() : at + 1; i < order.size() && batch.size() < READ_BATCH; i++) {
                    String next = order.get(i);
                    if (!attempted.contains(next) && !batch.contains(next)) {
                        batch.add(next);
                    }
                }
                attempted.addAll(batch);
                if (batch.size() > 1) {
                    try {
                        read.putAll(gw.listings(batch));
                    } catch (ReauthorizationRequiredException e) {
                        throw e;
                    } catch (MarketplaceException e) {
                        log.info("Reading {} listings at once failed ({}); reading them one by one", batch.size(),
                                e.getMessage());
                    }
                }
            }
            ListingPrice known = read.remove(sku);
            return known != null ? known : gw.listing(sku);
        }
    }

    private FeedStatus feedStatus(MarketplaceGateway gw, String feedId) {
        FeedStatus known = finishedFeeds.get(feedId);
        if (known != null) {
            return known;
        }
        FeedStatus status = gw.feedStatus(feedId);
        if (status.state().finished()) {
            finishedFeeds.put(feedId, status);
        }
        return status;
    }

    private static boolean shows(ListingPrice listing, Money price) {
        BigDecimal live = listing.livePrice() != null ? listing.livePrice() : listing.ourPrice();
        return live != null && sameCents(live, price);
    }

    private static boolean sameCents(BigDecimal amount, Money price) {
        return amount.setScale(2, RoundingMode.HALF_UP).compareTo(price.amount().setScale(2, RoundingMode.HALF_UP)) == 0;
    }

    // ---- state changes ----

    private QueuedChange move(QueuedChange c, ChangeState to, Explanation note, Tally tally) {
        QueuedChange after = c.moveTo(to, ACTOR, clock.instant());
        changes.record(List.of(new Transition(c, after, note)));
        tally.touch(after);
        return after;
    }

    private void hold(QueuedChange c, BigDecimal shown, Tally tally) {
        String s = shown == null ? "no price" : shown.setScale(2, RoundingMode.HALF_UP).toPlainString();
        String zhShown = shown == null ? "无价格" : s;
        Explanation why = Explanation.of("price changed in Seller Central: Amazon shows " + s + ", PriceDesk expected "
                        + c.oldPrice().toPlainString() + "; not sent",
                "价格已在卖家后台被修改：亚马逊显示 " + zhShown + "，PriceDesk 预期 " + c.oldPrice().toPlainString() + "；未提交");
        try {
            QueuedChange held = move(c, ChangeState.HELD, why, tally);
            alerts.add(alert(held, Alert.Kind.PRICE_CHANGED_OUTSIDE, why));
            tally.held++;
        } catch (ConcurrentChangeException e) {
            log.info("{}", e.getMessage());
        }
    }

    private void fail(QueuedChange c, MarketplaceException e, Explanation note, Tally tally) {
        QueuedChange failed = c.moveTo(ChangeState.FAILED, ACTOR, clock.instant());
        if (e != null) {
            failed = failed.withAmazonError(e.code(), e.amazonMessage());
        }
        Explanation full = e == null ? note : note.then(": ", "：", Explanation.of(e.code() + " " + e.amazonMessage(),
                e.code() + " " + e.amazonMessage()));
        recordFailure(c, failed, full, tally);
    }

    private void recordFailure(QueuedChange before, QueuedChange failed, Explanation why, Tally tally) {
        try {
            changes.record(List.of(new Transition(before, failed, why)));
        } catch (ConcurrentChangeException e) {
            log.info("{}", e.getMessage());
            return;
        }
        tally.touch(failed);
        tally.failed++;
        alerts.add(alert(failed, Alert.Kind.CHANGE_FAILED, Explanation.of("price change failed: ", "调价失败：")
                .then("", "", why)));
        log.warn("Change {} for {} failed: {}", failed.id(), failed.sellerSku(), why.english());
    }

    private Alert alert(QueuedChange c, Alert.Kind kind, Explanation message) {
        return new Alert(0, clock.instant(), kind, c.sellerSku(), Optional.of(c.id()), message);
    }

    /** Exposed for the scheduler's status: how long a sent change may take to show. */
    public Duration confirmTimeout() {
        return settings.confirmTimeout();
    }
}
