package com.pricedesk.cli;

import com.pricedesk.AppContext;
import com.pricedesk.app.exports.PriceFileResult;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.imports.SpreadsheetException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code export amazon-price-file FILE}: Amazon's Price &amp; Quantity file (.xlsx, or tab-separated .txt)
 * for manual upload; SKUs whose price is not inside their floor and ceiling are left out and listed.
 */
@Command(name = "amazon-price-file")
final class ExportAmazonPriceFileCommand implements Callable<Integer> {
    @ParentCommand
    ExportCommand export;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.export.priceFile.file")
    Path file;

    @Override
    public Integer call() {
        Messages msg = export.root.messages();
        PrintWriter err = spec.commandLine().getErr();
        try (AppContext app = export.root.openContext()) {
            PriceFileResult r = app.pricingExports().exportAmazonPriceFile(file, msg.locale());
            err.println(msg.get("cli.export.priceFile.done", r.rows(), file));
            if (!r.skipped().isEmpty()) {
                err.println(msg.get("cli.export.priceFile.skipped", r.skipped().size()));
                for (PriceFileResult.Skipped s : r.skipped()) {
                    err.println("  " + s.sellerSku() + ": " + msg.get(s.key(), s.args().toArray()));
                }
            }
            return ExitCode.DONE;
        } catch (SpreadsheetException e) {
            err.println(msg.get(e.key(), e.args().toArray()));
            return ExitCode.INPUT_REJECTED;
        } finally {
            err.flush();
        }
    }
}
