package org.cocrea.analytics.boundary;

import java.io.Serializable;

/** A report as a file to download. */
public record ExportFile(String fileName, String mediaType, byte[] content) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ExportFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
