package com.pricedesk.domain.imports;

/** What a file really is, decided from its first bytes rather than its name. */
public enum FileFormat {
    XLSX, XLS, CSV
}
