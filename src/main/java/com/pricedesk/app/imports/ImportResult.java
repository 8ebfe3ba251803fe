package com.pricedesk.app.imports;

/**
 * The outcome of an import: the preview plus, when something was stored, the batch id.
 * {@code batchId} is null for a dry run, a rejected import, or an import that changed nothing.
 */
public record ImportResult(ImportPreview preview, Long batchId, boolean stored) {
}
