package org.cocrea.climate.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The invitation and reminder messages. Cocrea does not know which language each employee reads,
 * so every message carries English and Chinese.
 */
public final class SurveyMailTexts {

    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINESE);

    private SurveyMailTexts() {}

    /** What the message needs; {@code minutes} is the expected time to answer. */
    public record Content(
            String personName, String roundName, LocalDate closesOn, String link, int minutes, int threshold) {}

    public static String invitationSubject(String roundName) {
        return "Your invitation: " + roundName + " / 调查邀请：" + roundName;
    }

    public static String reminderSubject(String roundName) {
        return "Reminder: " + roundName + " closes soon / 提醒：" + roundName + " 即将截止";
    }

    public static String invitation(Content c) {
        return body(c, false);
    }

    public static String reminder(Content c) {
        return body(c, true);
    }

    /** About ten seconds per item, at least two minutes. */
    public static int minutesFor(int items) {
        return Math.max(2, (int) Math.ceil(items * 10 / 60.0));
    }

    private static String body(Content c, boolean reminder) {
        StringBuilder b = new StringBuilder();
        b.append("Hello ").append(c.personName()).append(",\n\n");
        if (reminder) {
            b.append("We have not yet received your answers to \"")
                    .append(c.roundName())
                    .append("\". If you have a few minutes, your view still counts.\n\n");
        } else {
            b.append("You are invited to take part in \"")
                    .append(c.roundName())
                    .append("\". It takes about ")
                    .append(c.minutes())
                    .append(" minutes.\n\n");
        }
        b.append("Your answers are anonymous: they are stored without your name, and results are shown only for "
                        + "groups where at least ")
                .append(c.threshold())
                .append(" people answered.\n\n");
        b.append("Answer here (open until ").append(EN.format(c.closesOn())).append("):\n");
        b.append(c.link()).append("\n\n");
        b.append("The link is personal: please do not forward it. You can stop at any time and continue later.\n\n");
        b.append("-----\n\n");
        b.append(c.personName()).append("，您好：\n\n");
        if (reminder) {
            b.append("我们尚未收到您对“").append(c.roundName()).append("”的回答。只需几分钟，您的意见依然重要。\n\n");
        } else {
            b.append("诚邀您参加“")
                    .append(c.roundName())
                    .append("”，大约需要 ")
                    .append(c.minutes())
                    .append(" 分钟。\n\n");
        }
        b.append("您的回答是匿名的：保存时不带姓名，且只显示至少 ").append(c.threshold()).append(" 人作答的群体结果。\n\n");
        b.append("请在").append(ZH.format(c.closesOn())).append("前通过以下链接作答：\n");
        b.append(c.link()).append("\n\n");
        b.append("此链接仅供您本人使用，请勿转发。您可以随时暂停，稍后继续。\n");
        return b.toString();
    }
}
