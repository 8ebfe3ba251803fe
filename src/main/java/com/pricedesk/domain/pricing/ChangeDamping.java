package com.pricedesk.domain.pricing;

import com.pricedesk.domain.rules.PriceChange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Loop and price-war damping: no change sooner than the minimum interval after the last one, no more
 * than N changes in the window, and no further cut against a competitor we have already cut against
 * N times in a row (a downward spiral, 价格战).
 */
public final class ChangeDamping {
    private final GuardrailSettings settings;

    public ChangeDamping(GuardrailSettings settings) {
        this.settings = settings;
    }

    /** The hold and its reason, or empty when a change is allowed now. */
    public Optional<Hold> check(List<PriceChange> history, Instant now, boolean lowering, Optional<String> against) {
        if (!history.isEmpty()) {
            PriceChange last = history.get(history.size() - 1);
            Duration since = Duration.between(last.at(), now);
            if (since.compareTo(settings.minInterval()) < 0) {
                String m = minutes(settings.minInterval());
                return Optional.of(new Hold(HoldReason.MIN_INTERVAL, Explanation.of(
                        "our price changed " + minutes(since.isNegative() ? Duration.ZERO : since)
                                + " ago; the minimum interval is " + m,
                        "距上次调价仅 " + minutes(since.isNegative() ? Duration.ZERO : since) + "，最短间隔为 " + m)));
            }
        }
        Instant windowStart = now.minus(settings.changeWindow());
        long recent = 0;
        for (PriceChange c : history) {
            if (c.at().isAfter(windowStart)) {
                recent++;
            }
        }
        if (recent >= settings.maxChangesPerWindow()) {
            String h = settings.changeWindow().toHours() + "h";
            return Optional.of(new Hold(HoldReason.TOO_MANY_CHANGES, Explanation.of(
                    recent + " changes in the last " + h + " reach the limit of " + settings.maxChangesPerWindow()
                            + "; held to stop a repricing loop",
                    "最近 " + h + " 已调价 " + recent + " 次，达到上限 " + settings.maxChangesPerWindow() + " 次；暂停以防循环调价")));
        }
        if (lowering && against.isPresent() && spiral(history, against.get())) {
            return Optional.of(new Hold(HoldReason.PRICE_WAR, Explanation.of(
                    "we have already cut " + settings.priceWarSteps() + " times in a row against " + against.get()
                            + "; held to avoid a price war",
                    "已连续 " + settings.priceWarSteps() + " 次针对 " + against.get() + " 降价；暂停以避免价格战")));
        }
        return Optional.empty();
    }

    private boolean spiral(List<PriceChange> history, String competitor) {
        int n = settings.priceWarSteps();
        if (history.size() < n) {
            return false;
        }
        for (PriceChange c : history.subList(history.size() - n, history.size())) {
            if (!c.isDecrease() || !c.againstSellerId().map(competitor::equals).orElse(false)) {
                return false;
            }
        }
        return true;
    }

    private static String minutes(Duration d) {
        return d.toMinutes() + " min";
    }

    /** A damping hold. */
    public record Hold(HoldReason reason, Explanation why) {
    }
}
