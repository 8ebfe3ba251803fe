package com.pricedesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.imports.AdsImportResult;
import com.pricedesk.domain.imports.SpreadsheetException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import-ads FILE}: imports an Amazon Ads Sponsored Products advertised product report as daily
 * ad spend and sales per SKU. JSON: {@code rows_read, skus, days, spend, sales, created, updated,
 * unchanged, skipped, errors[], warnings[], batch_id}; exit 3 and nothing stored when a cell is wrong.
 */
@Command(name = "import-ads")
final class ImportAdsCommand implements Callable<Integer> {
    @ParentCommand
    PriceDeskCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.importAds.file")
    Path file;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() {
        Messages msg = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AdsImportResult r;
        try (AppContext app = root.openContext()) {
            r = app.adsImports().importAds(file);
        } catch (SpreadsheetException e) {
            String text = msg.get(e.key(), e.args().toArray());
            if (json) {
                ObjectNode doc = Json.object();
                doc.put("rows_read", 0);
                ObjectNode error = doc.putArray("errors").addObject();
                error.putNull("sheet");
                error.putNull("row");
                error.putNull("column");
                error.putNull("header");
                error.putNull("value");
                error.put("message", text);
                doc.putArray("warnings");
                doc.putNull("batch_id");
                Json.print(out, doc);
            }
            err.println(msg.get("cli.import.rejected.file", text));
            err.flush();
            return ExitCode.INPUT_REJECTED;
        }
        if (json) {
            Json.print(out, toJson(r, msg));
        } else {
            printText(out, r, msg);
        }
        if (r.hasErrors()) {
            err.println(msg.get("cli.importAds.rejected", r.errors().size()));
            err.flush();
            return ExitCode.INPUT_REJECTED;
        }
        return ExitCode.DONE;
    }

    private static ObjectNode toJson(AdsImportResult r, Messages msg) {
        ObjectNode doc = Json.object();
        doc.put("file", r.fileName());
        doc.put("sheet", r.layout().sheet());
        doc.put("rows_read", r.rowsRead());
        doc.put("skus", r.skus());
        doc.put("days", r.days());
        doc.put("spend", money(r.spend()));
        doc.put("sales", money(r.sales()));
        doc.put("created", r.created());
        doc.put("updated", r.updated());
        doc.put("unchanged", r.unchanged());
        doc.put("skipped", r.skippedRows());
        IssueText.json(doc.putArray("errors"), r.errors(), msg);
        IssueText.json(doc.putArray("warnings"), r.warnings(), msg);
        if (r.batchId() == null) {
            doc.putNull("batch_id");
        } else {
            doc.put("batch_id", r.batchId());
        }
        return doc;
    }

    private static String money(BigDecimal v) {
        return v.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static void printText(PrintWriter out, AdsImportResult r, Messages msg) {
        out.println(msg.get("cli.importAds.layout", r.fileName(), r.layout().sheet(), r.layout().headerRow()));
        IssueText.print(out, msg.get("cli.import.errors", r.errors().size()), r.errors(), msg);
        IssueText.print(out, msg.get("cli.import.warnings", r.warnings().size()), r.warnings(), msg);
        out.println(msg.get("cli.importAds.summary", r.rowsRead(), r.skus(), r.days(), money(r.spend()),
                money(r.sales()), r.skippedRows()));
        if (r.stored()) {
            out.println(msg.get("cli.importAds.stored", Long.toString(r.batchId()), r.created(), r.updated(),
                    r.unchanged()));
        } else if (!r.hasErrors()) {
            out.println(msg.get("cli.importAds.nothing"));
        }
        out.flush();
    }
}
