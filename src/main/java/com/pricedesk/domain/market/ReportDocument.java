package com.pricedesk.domain.market;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A downloaded report, already decompressed and decoded: a tab-separated flat file or a JSON text. */
public record ReportDocument(String documentId, String text) {

    /** The rows of a tab-separated report, keyed by its header line (Amazon's column names). */
    public List<Map<String, String>> rows() {
        String[] lines = text.split("\r?\n");
        List<Map<String, String>> rows = new ArrayList<>();
        if (lines.length == 0 || lines[0].isEmpty()) {
            return rows;
        }
        String[] header = lines[0].split("\t", -1);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            String[] cells = lines[i].split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c], c < cells.length ? cells[c] : "");
            }
            rows.add(row);
        }
        return rows;
    }
}
