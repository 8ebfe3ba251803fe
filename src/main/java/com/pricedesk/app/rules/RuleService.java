package com.pricedesk.app.rules;

import com.pricedesk.domain.port.RuleSetFormat;
import com.pricedesk.domain.port.RuleSetRepository;
import com.pricedesk.domain.rules.ConflictReport;
import com.pricedesk.domain.rules.Rule;
import com.pricedesk.domain.rules.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The seller's rule sets: the current version, its static conflicts, saving, JSON export and import. */
public final class RuleService {
    private static final Logger log = LoggerFactory.getLogger(RuleService.class);
    private final RuleSetRepository ruleSets;
    private final RuleSetFormat format;
    private final Clock clock;

    public RuleService(RuleSetRepository ruleSets, RuleSetFormat format, Clock clock) {
        this.ruleSets = ruleSets;
        this.format = format;
        this.clock = clock;
    }

    /** The current rule set; an empty draft when none was ever saved. */
    public RuleSet current() {
        return ruleSets.current().orElse(RuleSet.empty());
    }

    public List<ConflictReport.RuleConflict> conflicts() {
        return new ConflictReport().conflicts(current());
    }

    /** Stores an edit as the next version. */
    public RuleSet save(List<Rule> rules, String note) {
        RuleSet saved = ruleSets.saveNewVersion(rules, clock.instant(), note);
        log.info("Saved rule set v{} ({} rules): {}", saved.version(), saved.rules().size(), note);
        return saved;
    }

    /** Writes the current rule set to {@code file} as JSON; returns what was written. */
    public RuleSet exportTo(Path file) throws IOException {
        RuleSet rules = current();
        Files.writeString(file, format.write(rules), StandardCharsets.UTF_8);
        return rules;
    }

    /**
     * Reads rules from {@code file} and stores them as a new version; a file that cannot be read
     * throws {@link RuleSetFormat.RuleFormatException} and stores nothing.
     */
    public RuleSet importFrom(Path file) throws IOException {
        RuleSet read = format.read(Files.readString(file, StandardCharsets.UTF_8));
        return save(read.rules(), "imported from " + file.getFileName());
    }
}
