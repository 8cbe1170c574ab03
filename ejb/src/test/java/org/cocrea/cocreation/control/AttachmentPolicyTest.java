package org.cocrea.cocreation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.cocrea.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] GIF = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 6, 0};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    @Test
    void theLimitsArePublicForTheForm() {
        assertThat(AttachmentPolicy.MAX_FILES).isEqualTo(5);
        assertThat(AttachmentPolicy.MAX_MEGABYTES).isEqualTo(10);
        assertThat(AttachmentPolicy.MAX_BYTES).isEqualTo(10 * 1024 * 1024);
        assertThat(AttachmentPolicy.ALLOWED).contains("PDF").contains("PPTX");
    }

    @Test
    void eachAllowedTypeGivesItsCanonicalContentType() {
        assertThat(AttachmentPolicy.check("plan.pdf", PDF)).isEqualTo("application/pdf");
        assertThat(AttachmentPolicy.check("sketch.PNG", PNG)).isEqualTo("image/png");
        assertThat(AttachmentPolicy.check("photo.jpg", JPEG)).isEqualTo("image/jpeg");
        assertThat(AttachmentPolicy.check("photo.jpeg", JPEG)).isEqualTo("image/jpeg");
        assertThat(AttachmentPolicy.check("anim.gif", GIF)).isEqualTo("image/gif");
        assertThat(AttachmentPolicy.check("anim.gif", "GIF87a..".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("image/gif");
        assertThat(AttachmentPolicy.check("notes.txt", "Grüße, 見積もり ✓".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text/plain");
        assertThat(AttachmentPolicy.check("data.csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text/csv");
        assertThat(AttachmentPolicy.check("brief.docx", ZIP))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(AttachmentPolicy.check("model.xlsx", ZIP))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(AttachmentPolicy.check("pitch.pptx", ZIP))
                .isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
    }

    @Test
    void aRenamedExecutableIsRefusedWhateverItsName() {
        for (String name : new String[] {"plan.pdf", "a.png", "a.jpg", "a.gif", "a.docx", "a.xlsx", "a.pptx"}) {
            String message = problem(name, EXE);
            assertThat(message).as(name).startsWith("\"" + name + "\" is not a").contains("although its name says so");
        }
        assertThat(problem("plan.pdf", EXE))
                .isEqualTo("\"plan.pdf\" is not a PDF document although its name says so: its content is of another"
                        + " kind. Attach the original file.");
    }

    @Test
    void oneImageTypeRenamedAsAnotherIsRefused() {
        assertThat(problem("photo.png", JPEG)).startsWith("\"photo.png\" is not a PNG image");
        assertThat(problem("photo.jpg", PNG)).startsWith("\"photo.jpg\" is not a JPEG image");
        assertThat(problem("doc.pdf", ZIP)).startsWith("\"doc.pdf\" is not a PDF document");
        assertThat(problem("old.gif", "GIF88a".getBytes(StandardCharsets.US_ASCII)))
                .startsWith("\"old.gif\" is not a GIF image");
        assertThat(problem("short.png", Arrays.copyOf(PNG, 7))).startsWith("\"short.png\" is not a PNG image");
    }

    @Test
    void textMustBeUtf8WithoutNulBytes() {
        assertThat(problem("notes.txt", EXE))
                .isEqualTo("\"notes.txt\" is not plain text although its name says so: its content is of another"
                        + " kind. Save it as UTF-8 text and attach it again.");
        assertThat(problem("data.csv", "a,b\n1,\u00e9".getBytes(StandardCharsets.ISO_8859_1)))
                .startsWith("\"data.csv\" is not a CSV file");
        assertThat(problem("data.csv", new byte[] {'a', 0, 'b'})).startsWith("\"data.csv\" is not a CSV file");
        // a byte order mark is fine
        assertThat(AttachmentPolicy.check("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}))
                .isEqualTo("text/csv");
        // a truncated multi-byte character is not
        assertThat(problem("cut.txt", new byte[] {'a', (byte) 0xE2, (byte) 0x82}))
                .contains("is not plain text");
    }

    @Test
    void otherExtensionsAreRefusedListingTheAllowedTypes() {
        String expected = "is not a type of file that can be attached. Allowed: PDF, PNG, JPEG, GIF, text, CSV, Word"
                + " (DOCX), Excel (XLSX), PowerPoint (PPTX).";
        assertThat(problem("setup.exe", EXE)).isEqualTo("\"setup.exe\" " + expected);
        assertThat(problem("page.html", "<p>".getBytes(StandardCharsets.UTF_8))).isEqualTo("\"page.html\" " + expected);
        assertThat(problem("old.doc", PDF)).isEqualTo("\"old.doc\" " + expected);
        assertThat(problem("README", PDF)).isEqualTo("\"README\" " + expected);
        assertThat(problem("archive.pdf.exe", PDF)).isEqualTo("\"archive.pdf.exe\" " + expected);
        assertThat(problem("trailing.", PDF)).isEqualTo("\"trailing.\" " + expected);
    }

    @Test
    void filesUpToTenMegabytesAreAccepted() {
        byte[] max = new byte[AttachmentPolicy.MAX_BYTES];
        System.arraycopy(PDF, 0, max, 0, PDF.length);
        assertThat(AttachmentPolicy.check("big.pdf", max)).isEqualTo("application/pdf");

        byte[] over = Arrays.copyOf(max, AttachmentPolicy.MAX_BYTES + 1);
        // 10 MB and one byte shows as 10.1 MB, not 10.0
        assertThat(problem("big.pdf", over)).isEqualTo("\"big.pdf\" is 10.1 MB; a file can be at most 10 MB.");
        byte[] twelve = Arrays.copyOf(PDF, 12 * 1024 * 1024 + 400 * 1024);
        // 12.39 MB rounded up to a tenth
        assertThat(problem("big.pdf", twelve)).isEqualTo("\"big.pdf\" is 12.4 MB; a file can be at most 10 MB.");
    }

    @Test
    void emptyFilesAndBadNamesAreRefused() {
        assertThat(problem("plan.pdf", new byte[0])).isEqualTo("\"plan.pdf\" is empty.");
        assertThat(problem("plan.pdf", null)).isEqualTo("\"plan.pdf\" is empty.");
        assertThat(problem("  ", PDF)).isEqualTo("Choose a file to attach.");
        assertThat(problem(null, PDF)).isEqualTo("Choose a file to attach.");
        assertThat(problem("../../etc/plan.pdf", PDF)).contains("is not a plain file name");
        assertThat(problem("C:\\Users\\anna\\plan.pdf", PDF)).contains("is not a plain file name");
        assertThat(problem("plan\u0000.pdf", PDF)).contains("is not a plain file name");
        assertThat(problem("n".repeat(252) + ".pdf", PDF))
                .isEqualTo("The file name is too long: at most 255 characters. Rename the file.");
        assertThat(AttachmentPolicy.check("n".repeat(251) + ".pdf", PDF)).isEqualTo("application/pdf");
    }

    @Test
    void atMostFiveFilesPerIdea() {
        assertThatCode(() -> AttachmentPolicy.checkCount(0, 5)).doesNotThrowAnyException();
        assertThatCode(() -> AttachmentPolicy.checkCount(4, 1)).doesNotThrowAnyException();

        BusinessRuleException two =
                catchThrowableOfType(() -> AttachmentPolicy.checkCount(4, 2), BusinessRuleException.class);
        assertThat(two.getField()).isEqualTo("attachments");
        assertThat(two.getMessage()).isEqualTo("An idea can have at most 5 files. It has 4, so you can add 1 more.");

        BusinessRuleException full =
                catchThrowableOfType(() -> AttachmentPolicy.checkCount(5, 1), BusinessRuleException.class);
        assertThat(full.getMessage())
                .isEqualTo("An idea can have at most 5 files. It has 5, so remove one before adding another.");
    }

    private static String problem(String name, byte[] content) {
        BusinessRuleException e =
                catchThrowableOfType(() -> AttachmentPolicy.check(name, content), BusinessRuleException.class);
        assertThat(e).as(name).isNotNull();
        assertThat(e.getField()).isEqualTo("attachment");
        return e.getMessage();
    }
}
