package com.pricedesk.excel;

import com.pricedesk.domain.imports.FileFormat;

import com.pricedesk.domain.imports.SpreadsheetException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Decides what a file is from its content: WPS and some ERPs save .xls files under an .xlsx name,
 * and a password-protected .xlsx is really an OLE2 container.
 */
public final class FormatSniffer {
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    public FileFormat sniff(Path file) {
        if (file.getFileName().toString().startsWith("~$")) {
            // Excel's owner file beside a workbook that is open right now, not the workbook itself
            throw new SpreadsheetException("excel.error.lockFile", file.getFileName().toString(),
                    file.getFileName().toString().substring(2));
        }
        byte[] head = head(file);
        if (head.length == 0) {
            throw new SpreadsheetException("excel.error.emptyFile", file.getFileName().toString());
        }
        if (startsWith(head, ZIP)) {
            requireWorkbookZip(file);
            return FileFormat.XLSX;
        }
        if (startsWith(head, OLE2)) {
            return ole2Kind(file);
        }
        if (looksBinary(head)) {
            throw new SpreadsheetException("excel.error.notSpreadsheet", file.getFileName().toString());
        }
        return FileFormat.CSV;
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4096);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    static SpreadsheetException unreadable(Path file, IOException e) {
        // Excel on Windows holds an exclusive lock while a workbook is open or being saved.
        return new SpreadsheetException("excel.error.unreadable", e, file.getFileName().toString(),
                String.valueOf(e.getMessage()));
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** A zip that is not an Office Open XML workbook (a .docx, an archive) gets its own message. */
    private static void requireWorkbookZip(Path file) {
        // the central directory, not the local headers: SXSSF and others write sizes after the data
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.stream().anyMatch(e -> e.getName().startsWith("xl/"))) {
                return;
            }
        } catch (IOException e) {
            throw new SpreadsheetException("excel.error.corrupt", e, file.getFileName().toString());
        }
        throw new SpreadsheetException("excel.error.notSpreadsheet", file.getFileName().toString());
    }

    private static FileFormat ole2Kind(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            var root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new SpreadsheetException("excel.error.encrypted", file.getFileName().toString());
            }
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
                return FileFormat.XLS;
            }
            throw new SpreadsheetException("excel.error.notSpreadsheet", file.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            if (e instanceof SpreadsheetException s) {
                throw s;
            }
            throw new SpreadsheetException("excel.error.corrupt", e, file.getFileName().toString());
        }
    }

    /** NUL bytes do not occur in UTF-8 or GBK text, but do in images, PDFs and other binaries. */
    private static boolean looksBinary(byte[] head) {
        boolean utf16Bom = head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
        if (utf16Bom) {
            return false;
        }
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
