package com.pricedesk.domain.port;

import java.nio.file.Path;

/** Backs up the whole workspace database (the same mechanism that runs before a schema update). */
public interface WorkspaceBackup {

    /** Writes a backup now and returns its file; old scheduled backups beyond the kept number go. */
    Path backupNow();
}
