package com.pricedesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.repricing.RepricingRun;
import com.pricedesk.app.repricing.UnknownSkuException;
import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.pricing.Guardrail;
import com.pricedesk.domain.pricing.HeldDecision;
import com.pricedesk.domain.pricing.PriceDecision;
import com.pricedesk.domain.pricing.PricingConflict;
import com.pricedesk.domain.rules.ConflictReport;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code reprice [--dry-run] [--sku SKU] [--json]}: runs the rules on current data. With {@code --sku},
 * a held or conflicting SKU exits 5 (blocked by a guardrail). Without {@code --dry-run} the decisions
 * enter the approval queue as proposals (a newer one supersedes an older open one for the same SKU).
 */
@Command(name = "reprice")
final class RepriceCommand implements Callable<Integer> {
    @ParentCommand
    PriceDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", descriptionKey = "cli.reprice.dryRun")
    boolean dryRun;

    @Option(names = "--sku", paramLabel = "SKU", descriptionKey = "cli.reprice.sku")
    String sku;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() {
        Messages msg = root.messages();
        PrintWriter err = spec.commandLine().getErr();
        RepricingRun run;
        com.pricedesk.app.queue.ApprovalQueue.Enqueued queued = null;
        try (AppContext app = root.openContext()) {
            run = app.repricing().dryRun(Optional.ofNullable(sku));
            if (!dryRun) {
                // Without --dry-run the decisions enter the approval queue; nothing is sent from here.
                queued = app.queue().enqueue(run.decisions(), "reprice");
            }
        } catch (UnknownSkuException e) {
            err.println(msg.get("cli.reprice.error.sku", e.sellerSku()));
            err.flush();
            return ExitCode.INPUT_REJECTED;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode doc = toJson(run, msg.locale());
            doc.put("dry_run", dryRun);
            if (queued != null) {
                doc.put("queued", queued.queued().size());
                doc.put("superseded", queued.superseded());
                doc.put("auto_approved", queued.autoApproved());
                var ids = doc.putArray("change_ids");
                queued.queued().forEach(c -> ids.add(c.id()));
            }
            Json.print(out, doc);
        } else {
            printText(out, run, msg);
            err.println(msg.get("cli.reprice.summary", run.rules().version(), run.decisions().size(), run.held().size(),
                    run.conflicts().size() + run.ruleConflicts().size(), run.unchanged().size()));
            if (queued != null) {
                err.println(msg.get("cli.reprice.queued", queued.queued().size(), queued.superseded(),
                        queued.autoApproved(), queued.blocked().size()));
            }
            err.flush();
        }
        boolean blocked = sku != null && (!run.held().isEmpty() || !run.conflicts().isEmpty());
        return blocked ? ExitCode.BLOCKED : ExitCode.DONE;
    }

    private static ObjectNode toJson(RepricingRun run, Locale locale) {
        ObjectNode doc = Json.object();
        doc.put("dry_run", true);
        doc.put("rule_set_version", run.rules().version());
        doc.put("evaluated_at", run.at().toString());
        ArrayNode decisions = doc.putArray("decisions");
        for (PriceDecision d : run.decisions()) {
            ObjectNode n = decisions.addObject();
            n.put("sku", d.sellerSku());
            Json.putMoney(n, "old_price", d.oldPrice());
            Json.putMoney(n, "new_price", d.newPrice());
            n.put("rule", d.ruleName());
            n.put("rule_id", d.ruleId());
            n.put("rule_set_version", d.ruleSetVersion());
            Json.putMoney(n, "floor", d.floor());
            Json.putMoney(n, "ceiling", d.ceiling());
            ArrayNode clamped = n.putArray("clamped_by");
            d.clampedBy().stream().map(Guardrail::code).forEach(clamped::add);
            putPct(n, "margin_before_pct", d.marginBeforePct());
            putPct(n, "margin_after_pct", d.marginAfterPct());
            d.againstSellerId().ifPresentOrElse(s -> n.put("against_seller_id", s), () -> n.putNull("against_seller_id"));
            ObjectNode facts = n.putObject("facts");
            d.factsUsed().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> facts.put(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue().toPlainString()));
            putReason(n, d.reason(), locale);
        }
        ArrayNode held = doc.putArray("held");
        for (HeldDecision h : run.held()) {
            ObjectNode n = held.addObject();
            n.put("sku", h.sellerSku());
            Json.putMoney(n, "price", h.oldPrice().orElse(null));
            n.put("hold", h.hold().code());
            h.ruleId().ifPresentOrElse(r -> n.put("rule_id", r), () -> n.putNull("rule_id"));
            putReason(n, h.reason(), locale);
        }
        ArrayNode conflicts = doc.putArray("conflicts");
        for (ConflictReport.RuleConflict c : run.ruleConflicts()) {
            ObjectNode n = conflicts.addObject();
            n.putNull("sku");
            n.put("kind", "rules_overlap");
            n.putArray("rules").add(c.first().id()).add(c.second().id());
            putReason(n, c.why(), locale);
        }
        for (PricingConflict c : run.conflicts()) {
            ObjectNode n = conflicts.addObject();
            n.put("sku", c.sellerSku());
            n.put("kind", c.kind().code());
            ArrayNode rules = n.putArray("rules");
            c.ruleIds().forEach(rules::add);
            putReason(n, c.reason(), locale);
        }
        doc.put("unchanged", run.unchanged().size());
        return doc;
    }

    /** The reason in the chosen language, plus both languages for whoever reads the export. */
    private static void putReason(ObjectNode n, Explanation reason, Locale locale) {
        n.put("reason", reason.in(locale));
        n.put("reason_en", reason.english());
        n.put("reason_zh", reason.chinese());
    }

    private static void putPct(ObjectNode n, String field, Optional<BigDecimal> pct) {
        if (pct.isPresent()) {
            n.put(field, pct.get().setScale(1, RoundingMode.HALF_UP));
        } else {
            n.putNull(field);
        }
    }

    private static void printText(PrintWriter out, RepricingRun run, Messages msg) {
        Locale locale = msg.locale();
        for (PriceDecision d : run.decisions()) {
            out.printf("%-24s %9s → %-9s %s%n", d.sellerSku(), d.oldPrice().toPlainString(), d.newPrice().toPlainString(),
                    d.reason().in(locale));
        }
        for (HeldDecision h : run.held()) {
            out.printf("%-24s %s: %s%n", h.sellerSku(), msg.get("cli.reprice.held"), h.reason().in(locale));
        }
        for (PricingConflict c : run.conflicts()) {
            out.printf("%-24s %s: %s%n", c.sellerSku(), msg.get("cli.reprice.conflict"), c.reason().in(locale));
        }
        for (ConflictReport.RuleConflict c : run.ruleConflicts()) {
            out.println(msg.get("cli.rules.conflict", c.why().in(locale)));
        }
        out.flush();
    }
}
