package org.cocrea.cocreation.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.cocrea.platform.BusinessRuleException;

/**
 * What may be attached to an idea: at most {@value #MAX_FILES} files of at most {@value
 * #MAX_MEGABYTES} MB each, of the types PDF, PNG, JPEG, GIF, plain text, CSV, Word (DOCX), Excel
 * (XLSX) and PowerPoint (PPTX).
 *
 * <p>A file is accepted only when its extension and its first bytes agree: {@code %PDF-} for PDF,
 * the PNG signature, {@code FF D8 FF} for JPEG, {@code GIF87a} or {@code GIF89a} for GIF, the ZIP
 * header {@code PK 03 04} for the Office formats; text and CSV files must be valid UTF-8 without
 * NUL bytes. So a program renamed to {@code .pdf} is refused. (An Office file is a ZIP archive; its
 * entries are not inspected.)
 */
public final class AttachmentPolicy {

    /** The most files one idea can have. */
    public static final int MAX_FILES = 5;

    /** The largest file, in megabytes. */
    public static final int MAX_MEGABYTES = 10;

    /** The largest file, in bytes ({@value #MAX_MEGABYTES} × 1024 × 1024). */
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

    /** The longest file name (the column's size). */
    public static final int MAX_NAME = 255;

    /** The allowed types, for the upload form's hint. */
    public static final String ALLOWED = "PDF, PNG, JPEG, GIF, text, CSV, Word (DOCX), Excel (XLSX), PowerPoint (PPTX)";

    /** The local file header that starts a ZIP archive, and so every Office file. */
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private enum Kind {
        PDF("application/pdf", "a PDF document", bytes("%PDF-")),
        PNG("image/png", "a PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
        JPEG("image/jpeg", "a JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        GIF("image/gif", "a GIF image", null),
        TEXT("text/plain", "plain text", null),
        CSV("text/csv", "a CSV file", null),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "a Word document", ZIP),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "an Excel workbook", ZIP),
        PPTX(
                "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "a PowerPoint presentation",
                ZIP);

        final String contentType;
        final String description;
        final byte[] magic;

        Kind(String contentType, String description, byte[] magic) {
            this.contentType = contentType;
            this.description = description;
            this.magic = magic;
        }
    }

    private static final Map<String, Kind> EXTENSIONS = Map.of(
            "pdf", Kind.PDF,
            "png", Kind.PNG,
            "jpg", Kind.JPEG,
            "jpeg", Kind.JPEG,
            "gif", Kind.GIF,
            "txt", Kind.TEXT,
            "csv", Kind.CSV,
            "docx", Kind.DOCX,
            "xlsx", Kind.XLSX,
            "pptx", Kind.PPTX);

    private AttachmentPolicy() {}

    /**
     * Checks that more files can be attached.
     *
     * @param existing files the idea already has
     * @param adding files being added
     * @throws BusinessRuleException on field {@code attachments}
     */
    public static void checkCount(int existing, int adding) {
        if (existing + adding > MAX_FILES) {
            int room = Math.max(0, MAX_FILES - existing);
            throw BusinessRuleException.invalid(
                    "attachments",
                    "An idea can have at most " + MAX_FILES + " files. It has " + existing + ", so "
                            + (room == 0 ? "remove one before adding another." : "you can add " + room + " more."));
        }
    }

    /**
     * Checks one file and tells its content type.
     *
     * @return the canonical content type, e.g. {@code application/pdf}
     * @throws BusinessRuleException on field {@code attachment}, naming the file
     */
    public static String check(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip();
        if (name.isEmpty()) {
            throw problem("Choose a file to attach.");
        }
        if (name.length() > MAX_NAME) {
            throw problem("The file name is too long: at most " + MAX_NAME + " characters. Rename the file.");
        }
        if (name.contains("/") || name.contains("\\") || name.chars().anyMatch(Character::isISOControl)) {
            throw problem("\"" + name
                    + "\" is not a plain file name (it has slashes or control characters). Rename the file.");
        }
        int dot = name.lastIndexOf('.');
        Kind kind = dot < 0 ? null : EXTENSIONS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw problem("\"" + name + "\" is not a type of file that can be attached. Allowed: " + ALLOWED + ".");
        }
        if (content == null || content.length == 0) {
            throw problem("\"" + name + "\" is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw problem("\"" + name + "\" is " + megabytes(content.length) + " MB; a file can be at most "
                    + MAX_MEGABYTES + " MB.");
        }
        if (!matches(kind, content)) {
            throw problem("\"" + name + "\" is not " + kind.description
                    + " although its name says so: its content is of another kind."
                    + (kind == Kind.TEXT || kind == Kind.CSV
                            ? " Save it as UTF-8 text and attach it again."
                            : " Attach the original file."));
        }
        return kind.contentType;
    }

    private static boolean matches(Kind kind, byte[] content) {
        return switch (kind) {
            case GIF -> startsWith(content, bytes("GIF87a")) || startsWith(content, bytes("GIF89a"));
            case TEXT, CSV -> isUtf8Text(content);
            default -> startsWith(content, kind.magic);
        };
    }

    /** Whether the bytes are valid UTF-8 (a byte order mark allowed) and hold no NUL byte. */
    static boolean isUtf8Text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    /** Megabytes with one decimal, rounded up so that a file just over the limit does not show as 10.0. */
    private static String megabytes(long bytes) {
        double tenths = Math.ceil(bytes * 10.0 / (1024 * 1024));
        return String.format(Locale.ROOT, "%.1f", tenths / 10);
    }

    private static BusinessRuleException problem(String message) {
        return BusinessRuleException.invalid("attachment", message);
    }
}
