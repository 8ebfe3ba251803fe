package com.pricedesk.domain.port;

import com.pricedesk.domain.rules.RuleSet;

/** The JSON form of a rule set, for storage and for export/import (backup and sharing). */
public interface RuleSetFormat {
    String write(RuleSet rules);

    /** Reads a rule set; throws {@link RuleFormatException} naming what is wrong and where. */
    RuleSet read(String text);

    /** A rules document that cannot be read; the message says where and what to fix. */
    final class RuleFormatException extends RuntimeException {
        public RuleFormatException(String message) {
            super(message);
        }

        public RuleFormatException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
