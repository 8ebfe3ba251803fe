package com.pricedesk.store;

import java.nio.file.Path;

/** Another program holds the workspace database and does not share it. */
public class WorkspaceInUseException extends WorkspaceException {
    private final Path dataDir;

    public WorkspaceInUseException(Path dataDir, Throwable cause) {
        super("Workspace already open: " + dataDir + " is in use by another program that does not share it. "
                + "Close the other PriceDesk window or tool using this folder, or choose another --data-dir.", cause);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
