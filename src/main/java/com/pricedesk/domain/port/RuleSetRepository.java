package com.pricedesk.domain.port;

import com.pricedesk.domain.rules.Rule;
import com.pricedesk.domain.rules.RuleSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Versioned rule sets: saving never overwrites, it adds the next version. */
public interface RuleSetRepository {
    /** The newest version, if any rules were ever saved. */
    Optional<RuleSet> current();

    Optional<RuleSet> version(int version);

    /** Every version, oldest first. */
    List<RuleSet> history();

    /** Stores {@code rules} as the next version and returns it. */
    RuleSet saveNewVersion(List<Rule> rules, Instant savedAt, String note);
}
