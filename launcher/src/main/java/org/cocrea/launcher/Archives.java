package org.cocrea.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Unpacks a distribution zip once; a marker file tells a complete unpack from an interrupted one. */
final class Archives {

    private Archives() {}

    /**
     * Unpacks {@code zip} into {@code target} unless a complete unpack is already there. The zip's
     * single top-level folder is stripped, so {@code target} is the server's home.
     */
    static Path unpackOnce(Path zip, Path target) {
        Path marker = target.resolve(".cocrea-unpacked");
        if (Files.exists(marker)) {
            return target;
        }
        try {
            if (Files.exists(target)) {
                Files.walk(target)
                        .sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
            Files.createDirectories(target);
            try (ZipFile zf = new ZipFile(zip.toFile())) {
                Enumeration<? extends ZipEntry> entries = zf.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    String name = e.getName();
                    int slash = name.indexOf('/');
                    if (slash < 0 || slash == name.length() - 1) {
                        continue;
                    }
                    Path out = target.resolve(name.substring(slash + 1)).normalize();
                    if (!out.startsWith(target)) {
                        throw new IOException("zip entry outside target: " + name);
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(out);
                        continue;
                    }
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zf.getInputStream(e)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                    String fileName = out.getFileName().toString();
                    if (out.getParent().getFileName().toString().equals("bin") || fileName.endsWith(".sh")) {
                        out.toFile().setExecutable(true, false);
                    }
                }
            }
            Files.writeString(marker, zip.getFileName().toString());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + zip + " into " + target, e);
        }
    }
}
