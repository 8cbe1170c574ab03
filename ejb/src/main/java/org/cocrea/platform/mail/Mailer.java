package org.cocrea.platform.mail;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail through the SMTP server in {@code cocrea.mail.*}. Without a server (the demo), each
 * message is written as an .eml file to {@code cocrea.mail.drop-dir} so it can be opened in any
 * mail program; with neither, sending fails with a clear message that callers record.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "cocrea.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "cocrea.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "cocrea.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "cocrea.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "cocrea.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "cocrea.mail.from", defaultValue = "Cocrea <cocrea@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "cocrea.mail.drop-dir")
    Optional<String> dropDir;

    private volatile Session session;

    /** A plain-text message to one person. */
    public record Mail(String to, String subject, String text) {}

    /** A file sent with a message, e.g. a report. */
    public record Attachment(String fileName, String contentType, byte[] content) {}

    /**
     * Sends one message.
     *
     * @throws MailException when the message cannot be sent or saved, with a reason fit for HR
     */
    public void send(Mail mail) {
        send(mail, List.of());
    }

    /**
     * Sends one message with files attached (a multipart message: the text, then each file).
     *
     * @throws MailException when the message cannot be sent or saved
     */
    public void send(Mail mail, List<Attachment> attachments) {
        try {
            MimeMessage m = new MimeMessage(session());
            m.setFrom(new InternetAddress(from));
            m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
            m.setSubject(mail.subject(), "UTF-8");
            if (attachments.isEmpty()) {
                m.setText(mail.text(), "UTF-8");
            } else {
                MimeMultipart parts = new MimeMultipart();
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.text(), "UTF-8");
                parts.addBodyPart(text);
                for (Attachment a : attachments) {
                    MimeBodyPart file = new MimeBodyPart();
                    file.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
                    file.setFileName(a.fileName());
                    parts.addBodyPart(file);
                }
                m.setContent(parts);
            }
            m.setSentDate(Date.from(Instant.now()));
            if (host.isPresent()) {
                Transport.send(m);
            } else if (dropDir.isPresent()) {
                Path dir = Path.of(dropDir.get());
                Files.createDirectories(dir);
                try (OutputStream out = Files.newOutputStream(
                        dir.resolve(Instant.now().toEpochMilli() + "-" + UUID.randomUUID() + ".eml"))) {
                    m.writeTo(out);
                }
            } else {
                throw new MailException("no mail server is configured (cocrea.mail.host)");
            }
        } catch (MessagingException | IOException e) {
            LOG.warning("Mail to " + mail.to() + " failed: " + e);
            throw new MailException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    private Session session() {
        Session s = session;
        if (s == null) {
            Properties p = new Properties();
            p.put("mail.transport.protocol", "smtp");
            p.put("mail.smtp.host", host.orElse("localhost"));
            p.put("mail.smtp.port", String.valueOf(port));
            p.put("mail.smtp.connectiontimeout", "10000");
            p.put("mail.smtp.timeout", "20000");
            p.put("mail.smtp.starttls.enable", String.valueOf(startTls));
            Authenticator auth = null;
            if (user.isPresent()) {
                p.put("mail.smtp.auth", "true");
                auth = new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(user.get(), password.orElse(""));
                    }
                };
            }
            s = Session.getInstance(p, auth);
            session = s;
        }
        return s;
    }
}
