package org.cocrea.web.view;

import java.nio.charset.StandardCharsets;

/**
 * The example files offered for download on the import page: the header every file needs and two
 * rows that show the formats (kinds, dates, yes/no, tags split at ";", time stamps with a zone).
 * Both templates import as they are.
 */
public final class ImportTemplates {

    private ImportTemplates() {}

    /** A stakeholder file: every column, two example rows. */
    public static final String STAKEHOLDERS = String.join(
                    ",",
                    "external_id",
                    "kind",
                    "display_name",
                    "email",
                    "organisation",
                    "segment",
                    "region",
                    "relationship_since",
                    "purchase_summary",
                    "consent_contact",
                    "consent_analysis",
                    "tags",
                    "serving_unit")
            + "\n"
            + "CRM-10001,customer,Li Wei,li.wei@example.com,,Home cooks,East,2021-03-15,"
            + "\"Oven X2, 2 service plans\",yes,yes,beta tester; forum,\n"
            + "P-2001,partner,Northwind Kitchens,contact@northwind.example,Northwind Kitchens Ltd,Retail partners,"
            + "North,2019-09-01,,yes,no,dealer,\n";

    /** An activity file: the stakeholders above, two activities each. */
    public static final String ACTIVITIES = "stakeholder_external_id,type,timestamp,channel,weight\n"
            + "CRM-10001,idea_submitted,2025-01-10T09:30:00Z,community,1\n"
            + "CRM-10001,comment,2025-01-12T18:05:00+08:00,community,\n"
            + "P-2001,event_attended,2025-02-03T14:00:00Z,in_person,1\n"
            + "P-2001,review_given,2025-02-20T10:00:00Z,web,1.5\n";

    /** A template as bytes with a byte order mark, so spreadsheet programs read it as UTF-8. */
    public static byte[] bytes(String template) {
        return ("\uFEFF" + template).getBytes(StandardCharsets.UTF_8);
    }
}
