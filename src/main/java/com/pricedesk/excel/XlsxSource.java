package com.pricedesk.excel;

import com.pricedesk.domain.imports.FileFormat;

import com.pricedesk.domain.imports.SpreadsheetException;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * .xlsx through excel-streaming-reader: POI's SAX event model underneath, a small row cache, shared
 * strings in a temp file, so memory stays flat whatever the row count. POI's zip-bomb limits stay on.
 */
final class XlsxSource implements WorkbookSource {
    private static final int ROW_CACHE = 200;
    private static final int BUFFER = 8192;
    private final Path file;
    private final List<SheetInfo> sheets;
    /**
     * Opening parses the shared-strings table, as costly as reading the rows of a big sheet; the
     * workbook opened to list the sheets is kept for the first read. A streamed sheet can be iterated
     * only once, so later reads (after peeking at several sheets) open the file again.
     */
    private Workbook unread;

    XlsxSource(Path file) {
        this.file = file;
        List<SheetInfo> found = new ArrayList<>();
        Workbook wb = open();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            found.add(new SheetInfo(wb.getSheetName(i), wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)));
        }
        this.sheets = List.copyOf(found);
        this.unread = wb;
    }

    private Workbook open() {
        try {
            return StreamingReader.builder().rowCacheSize(ROW_CACHE).bufferSize(BUFFER)
                    .setUseSstTempFile(false).setReadComments(false).setReadHyperlinks(false)
                    .setReadShapes(false).setReadCoreProperties(false).open(file.toFile());
        } catch (RuntimeException e) {
            throw new SpreadsheetException("excel.error.corrupt", e, file.getFileName().toString());
        }
    }

    @Override
    public FileFormat format() {
        return FileFormat.XLSX;
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public void read(String sheetName, RowHandler handler) {
        Workbook first = unread;
        unread = null;
        try (Workbook wb = first != null ? first : open()) {
            Sheet sheet = wb.getSheet(sheetName);
            PoiCells cellReader = new PoiCells();
            for (Row row : sheet) {
                List<SheetCell> cells = new ArrayList<>();
                for (Cell c : row) {
                    SheetCell sc = cellReader.cell(c);
                    if (sc != null) {
                        cells.add(sc);
                    }
                }
                if (!handler.accept(new SheetRow(row.getRowNum() + 1, cells))) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new SpreadsheetException("excel.error.corrupt", e, file.getFileName().toString());
        } catch (SpreadsheetException e) {
            throw e;
        } catch (RuntimeException e) {
            if (e.getClass().getName().startsWith("com.github.pjfanning") || e.getClass().getName()
                    .startsWith("org.apache.poi")) {
                throw new SpreadsheetException("excel.error.corrupt", e, file.getFileName().toString());
            }
            throw e;
        }
    }

    @Override
    public void close() {
        if (unread != null) {
            try {
                unread.close();
            } catch (IOException e) {
                // opened read-only: a failed close loses nothing, and the rows were already read
                org.slf4j.LoggerFactory.getLogger(XlsxSource.class).debug("Closing {} failed", file, e);
            } finally {
                unread = null;
            }
        }
    }
}
