package com.pricedesk.sim;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What the simulator saw: calls, 429s it refused with and writes it applied, per operation. */
public final class SimStats {
    private final Map<SimOperation, AtomicInteger> calls = new EnumMap<>(SimOperation.class);
    private final Map<SimOperation, AtomicInteger> throttled = new EnumMap<>(SimOperation.class);
    private final Map<SimOperation, AtomicInteger> applied = new EnumMap<>(SimOperation.class);
    private final Map<Long, AtomicInteger> changeIds = new ConcurrentHashMap<>();

    SimStats() {
        for (SimOperation op : SimOperation.values()) {
            calls.put(op, new AtomicInteger());
            throttled.put(op, new AtomicInteger());
            applied.put(op, new AtomicInteger());
        }
    }

    void countCall(SimOperation op) {
        calls.get(op).incrementAndGet();
    }

    void countThrottled(SimOperation op) {
        throttled.get(op).incrementAndGet();
    }

    void countApplied(SimOperation op) {
        applied.get(op).incrementAndGet();
    }

    public int calls(SimOperation op) {
        return calls.get(op).get();
    }

    /** 429s caused by the rate limit itself (not injected faults). */
    public int throttled(SimOperation op) {
        return throttled.get(op).get();
    }

    /** Writes that changed the market. */
    public int applied(SimOperation op) {
        return applied.get(op).get();
    }

    /** Amazon received a write carrying PriceDesk's change id (a patch header, or a feed message id). */
    void sawChangeId(long changeId) {
        changeIds.computeIfAbsent(changeId, k -> new AtomicInteger()).incrementAndGet();
    }

    /** How many accepted writes carried {@code changeId}: at most 1 proves nothing was sent twice. */
    public int timesSeen(long changeId) {
        AtomicInteger n = changeIds.get(changeId);
        return n == null ? 0 : n.get();
    }

    /** Every change id seen, with how often. */
    public Map<Long, Integer> changeIdsSeen() {
        Map<Long, Integer> out = new java.util.TreeMap<>();
        changeIds.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }
}
