package org.cocrea.engagement.control;

import java.util.Map;
import java.util.Optional;

/**
 * Where an activity happened. {@link #COMMUNITY} is the firm's own online community or co-creation
 * platform (the "virtual customer environment" of the research).
 */
public enum Channel {
    WEB,
    MOBILE_APP,
    COMMUNITY,
    SOCIAL_MEDIA,
    EMAIL,
    PHONE,
    IN_PERSON,
    OTHER;

    private static final Map<String, Channel> ALIASES = Map.of(
            "app", MOBILE_APP,
            "mobile", MOBILE_APP,
            "social", SOCIAL_MEDIA,
            "forum", COMMUNITY,
            "event", IN_PERSON,
            "onsite", IN_PERSON,
            "on_site", IN_PERSON);

    /** The channel for a code such as {@code mobile_app}, {@code Mobile App} or {@code app}. */
    public static Optional<Channel> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String c = Codes.normalise(code);
        for (Channel ch : values()) {
            if (Codes.code(ch).equals(c)) {
                return Optional.of(ch);
            }
        }
        return Optional.ofNullable(ALIASES.get(c));
    }

    /** The code of this channel, e.g. {@code mobile_app}. */
    public String code() {
        return Codes.code(this);
    }

    /** All codes, comma separated, for messages. */
    public static String codes() {
        return Codes.list(values());
    }
}
