package com.pricedesk.sim;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Faults queued per operation: each call takes the next one, so "two 429s, then success" is exact. */
public final class SimFaults {
    private final Map<SimOperation, Deque<SimFault>> queued = new EnumMap<>(SimOperation.class);

    /** The next {@code times} calls of {@code op} get {@code fault}. */
    public synchronized void inject(SimOperation op, SimFault fault, int times) {
        Deque<SimFault> q = queued.computeIfAbsent(op, k -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            q.addLast(fault);
        }
    }

    public synchronized void clear() {
        queued.clear();
    }

    synchronized Optional<SimFault> next(SimOperation op) {
        Deque<SimFault> q = queued.get(op);
        return q == null || q.isEmpty() ? Optional.empty() : Optional.of(q.removeFirst());
    }
}
