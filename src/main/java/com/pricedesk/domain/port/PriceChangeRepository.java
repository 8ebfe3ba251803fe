package com.pricedesk.domain.port;

import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.queue.ChangeEvent;
import com.pricedesk.domain.queue.ChangeState;
import com.pricedesk.domain.queue.QueuedChange;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The approval queue's changes and their append-only audit log. Every write stores the new state and
 * its audit line together; a write whose change is no longer in the state it was read in is refused
 * with {@link ConcurrentChangeException}, so two writers can never both move one change.
 */
public interface PriceChangeRepository {

    /** Stores new proposals (with their "proposed" audit lines) and returns them with their ids. */
    List<QueuedChange> insert(List<QueuedChange> proposals, Explanation note);

    /** Stores every transition (each {@code before} → {@code after}) with its audit line, all or none. */
    void record(List<Transition> transitions);

    Optional<QueuedChange> find(long id);

    /** Changes in any of {@code states}, oldest first. */
    List<QueuedChange> inStates(Set<ChangeState> states);

    /** Audit lines from {@code since} (inclusive) to {@code until} (exclusive), in order. */
    List<ChangeEvent> events(Instant since, Instant until);

    /** The audit lines of one change, in order. */
    List<ChangeEvent> eventsOf(long changeId);

    /** One move of one change, with the words that explain it in the audit log. */
    record Transition(QueuedChange before, QueuedChange after, Explanation note) {
    }

    /** Someone else moved the change first; re-read it and decide again. */
    final class ConcurrentChangeException extends RuntimeException {
        public ConcurrentChangeException(long id, ChangeState expected) {
            super("Change " + id + " is no longer " + expected + ": another PriceDesk window or command moved it");
        }
    }
}
