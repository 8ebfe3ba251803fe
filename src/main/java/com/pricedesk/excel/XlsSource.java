package com.pricedesk.excel;

import com.pricedesk.domain.imports.FileFormat;

import com.pricedesk.domain.imports.SpreadsheetException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Legacy .xls (BIFF8) through HSSF. The format caps a sheet at 65,536 rows, so loading it whole is
 * bounded; the workbook is loaded once and closed by {@link #close()}.
 */
final class XlsSource implements WorkbookSource {
    private final Path file;
    private final HSSFWorkbook workbook;
    private final List<SheetInfo> sheets;

    XlsSource(Path file) {
        this.file = file;
        try {
            this.workbook = new HSSFWorkbook(new POIFSFileSystem(file.toFile(), true));
        } catch (EncryptedDocumentException e) {
            throw new SpreadsheetException("excel.error.encrypted", e, file.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            throw new SpreadsheetException("excel.error.corrupt", e, file.getFileName().toString());
        }
        List<SheetInfo> found = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            found.add(new SheetInfo(workbook.getSheetName(i),
                    workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)));
        }
        this.sheets = List.copyOf(found);
    }

    @Override
    public FileFormat format() {
        return FileFormat.XLS;
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public void read(String sheetName, RowHandler handler) {
        Sheet sheet = workbook.getSheet(sheetName);
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
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // read-only: nothing was written, so a failed close loses nothing
            org.slf4j.LoggerFactory.getLogger(XlsSource.class).debug("Closing {} failed", file, e);
        }
    }
}
