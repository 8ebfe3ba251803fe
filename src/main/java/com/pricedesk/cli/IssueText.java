package com.pricedesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.imports.CellIssue;
import java.io.PrintWriter;
import java.util.List;

/** Prints located cell errors and warnings as text or JSON, in the seller's language. */
final class IssueText {
    private IssueText() {
    }

    static String message(Messages msg, CellIssue i) {
        return msg.get(i.key(), i.args().toArray());
    }

    static void json(ArrayNode array, List<CellIssue> issues, Messages msg) {
        for (CellIssue i : issues) {
            ObjectNode n = array.addObject();
            n.put("sheet", i.sheet());
            n.put("row", i.row());
            n.put("column", i.column());
            n.put("header", i.header());
            n.put("value", i.value());
            n.put("message", message(msg, i));
        }
    }

    /** {@code 成本!C5 [采购价(RMB)] "12,5": message} — the place to click in Excel comes first. */
    static void print(PrintWriter out, String label, List<CellIssue> issues, Messages msg) {
        if (issues.isEmpty()) {
            return;
        }
        out.println(label);
        for (CellIssue i : issues) {
            out.printf("  %s!%s%d [%s] \"%s\": %s%n", i.sheet(), i.column(), i.row(), i.header(), i.value(),
                    message(msg, i));
        }
    }
}
