package com.pricedesk.excel;

import com.pricedesk.domain.imports.SpreadsheetException;

import java.nio.file.Files;
import java.nio.file.Path;

/** Opens any supported spreadsheet by what its content is, not by its extension. */
public final class WorkbookOpener {
    private final FormatSniffer sniffer;
    private final CharsetSniffer charsets;

    public WorkbookOpener(FormatSniffer sniffer, CharsetSniffer charsets) {
        this.sniffer = sniffer;
        this.charsets = charsets;
    }

    public WorkbookSource open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SpreadsheetException("excel.error.notFound", file.toString());
        }
        return switch (sniffer.sniff(file)) {
            case XLSX -> new XlsxSource(file);
            case XLS -> new XlsSource(file);
            case CSV -> new CsvSource(file, charsets);
        };
    }
}
