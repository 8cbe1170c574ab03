package org.cocrea.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cocrea.engagement.boundary.StakeholderDetail;
import org.cocrea.engagement.control.ParsedRows;
import org.cocrea.engagement.control.StakeholderInput;
import org.cocrea.engagement.control.StakeholderKind;
import org.cocrea.engagement.control.StakeholderRows;
import org.junit.jupiter.api.Test;

class StakeholderFormTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @Test
    void theFormsFieldsAreTheImportColumnsAndPassTheRegistrysCheck() {
        StakeholderForm form = new StakeholderForm();
        form.setExternalId("CRM-1");
        form.setKind("partner");
        form.setDisplayName("Northwind");
        form.setEmail("a@northwind.example");
        form.setRelationshipSince(LocalDate.of(2020, 1, 31));
        form.setConsentContact(true);
        form.setTags("dealer; beta");

        Map<String, String> fields = form.fields();
        ParsedRows<StakeholderInput> checked = StakeholderRows.checkOne(fields, TODAY);

        assertThat(fields.keySet()).containsExactlyElementsOf(StakeholderRows.COLUMNS);
        assertThat(checked.errors()).isEmpty();
        StakeholderInput in = checked.accepted().get(0);
        assertThat(in.kind()).isEqualTo(StakeholderKind.PARTNER);
        assertThat(in.relationshipSince()).isEqualTo(LocalDate.of(2020, 1, 31));
        assertThat(in.consentToContact()).isTrue();
        assertThat(in.consentToAnalysis()).isFalse();
        assertThat(in.tags()).containsExactly("dealer", "beta");
    }

    @Test
    void aRecordFillsTheEditFormAndGivesTheSameFieldsBack() {
        StakeholderDetail d = new StakeholderDetail(
                3,
                "C-3",
                "customer",
                "Li Wei",
                "li@example.com",
                null,
                "Home cooks",
                "East",
                LocalDate.of(2021, 3, 15),
                "Oven X2",
                true,
                true,
                List.of("forum", "beta tester"),
                null,
                Instant.EPOCH,
                Instant.EPOCH,
                false,
                40,
                List.of(0.0, 0.0, 0.0, 0.0, 0.0),
                0,
                null,
                null,
                4,
                "SALES-N");

        assertThat(StakeholderForm.of(d).fields()).isEqualTo(d.fields());
    }

    @Test
    void problemsOfFormColumnsGoBesideTheirFieldOthersAboveTheForm() {
        assertThat(StakeholderForm.fieldId("display_name")).isEqualTo("display_name");
        assertThat(StakeholderForm.fieldId("file")).isNull();
        assertThat(StakeholderForm.fieldId(null)).isNull();
    }
}
