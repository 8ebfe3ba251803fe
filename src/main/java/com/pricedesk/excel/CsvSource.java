package com.pricedesk.excel;

import com.pricedesk.domain.imports.FileFormat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as a one-sheet workbook named after the file. Quotes follow RFC 4180; the delimiter
 * (comma, semicolon or tab) is the one most frequent in the first lines, since European Excel writes ';'.
 */
final class CsvSource implements WorkbookSource {
    private final Path file;
    private final CharsetSniffer.Detected charset;
    private final String sheetName;
    private final char delimiter;

    CsvSource(Path file, CharsetSniffer charsets) {
        this.file = file;
        this.charset = charsets.detect(file);
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        this.sheetName = dot > 0 ? name.substring(0, dot) : name;
        this.delimiter = sniffDelimiter();
    }

    @Override
    public java.util.Optional<String> charset() {
        return java.util.Optional.of(charset.charset().name());
    }

    @Override
    public FileFormat format() {
        return FileFormat.CSV;
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.of(new SheetInfo(sheetName, false));
    }

    private Reader open() throws IOException {
        var in = Files.newInputStream(file);
        in.skipNBytes(charset.bomLength());
        return new BufferedReader(new InputStreamReader(in, charset.charset()), 64 * 1024);
    }

    private char sniffDelimiter() {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        try (BufferedReader r = new BufferedReader(open())) {
            String line;
            for (int i = 0; i < 30 && (line = r.readLine()) != null; i++) {
                for (char ch : line.toCharArray()) {
                    switch (ch) {
                        case ',' -> comma++;
                        case ';' -> semicolon++;
                        case '\t' -> tab++;
                        default -> { }
                    }
                }
            }
        } catch (IOException e) {
            throw FormatSniffer.unreadable(file, e);
        }
        if (tab > comma && tab >= semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    @Override
    public void read(String sheet, RowHandler handler) {
        try (Reader r = open()) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldStarted = false;
            int rowNumber = 1;
            int c;
            while ((c = r.read()) != -1) {
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        r.mark(1);
                        int next = r.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next != -1) {
                                r.reset();
                            }
                        }
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"' && !fieldStarted) {
                    quoted = true;
                    fieldStarted = true;
                } else if (ch == delimiter) {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                } else if (ch == '\n' || ch == '\r') {
                    if (ch == '\r') {
                        r.mark(1);
                        if (r.read() != '\n') {
                            r.reset();
                        }
                    }
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                    if (!handler.accept(row(rowNumber++, fields))) {
                        return;
                    }
                    fields.clear();
                } else {
                    field.append(ch);
                    fieldStarted = true;
                }
            }
            if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
                fields.add(field.toString());
                handler.accept(row(rowNumber, fields));
            }
        } catch (IOException e) {
            throw FormatSniffer.unreadable(file, e);
        }
    }

    private static SheetRow row(int number, List<String> fields) {
        List<SheetCell> cells = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String v = fields.get(i).strip();
            if (!v.isEmpty()) {
                cells.add(SheetCell.text(i, v));
            }
        }
        return new SheetRow(number, cells);
    }
}
