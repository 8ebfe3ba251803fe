package com.pricedesk.domain.port;

import com.pricedesk.domain.imports.AdReportLayout;
import com.pricedesk.domain.imports.AdReportRow;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads an Amazon Ads Sponsored Products advertised product report (xlsx, xls or csv), row by row. */
public interface AdReportSource {
    /**
     * Reads {@code file}, handing every data row to {@code rows}; a file that is not such a report
     * throws {@code SpreadsheetException} naming what is missing.
     */
    AdReportLayout read(Path file, Consumer<AdReportRow> rows);
}
