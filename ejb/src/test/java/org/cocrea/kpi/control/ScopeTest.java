package org.cocrea.kpi.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void readsOrganisationUnitsAndCampaigns() {
        assertThat(Scope.parse(null)).isEqualTo(Scope.ORGANISATION);
        assertThat(Scope.parse("")).isEqualTo(Scope.ORGANISATION);
        assertThat(Scope.parse("Organisation")).isEqualTo(Scope.ORGANISATION);
        assertThat(Scope.parse("all")).isEqualTo(Scope.ORGANISATION);
        assertThat(Scope.parse("SALES")).isEqualTo(Scope.unit("SALES"));
        assertThat(Scope.parse("unit: R-D.2")).isEqualTo(Scope.unit("R-D.2"));
        assertThat(Scope.parse("Campaign:SPRING-26")).isEqualTo(Scope.campaign("SPRING-26"));
        assertThat(Scope.campaign("SPRING-26")).hasToString("campaign:SPRING-26");
        assertThat(Scope.ORGANISATION).hasToString("organisation");
        assertThat(Scope.parse(Scope.unit("SALES").toString())).isEqualTo(Scope.unit("SALES"));
    }

    @Test
    void badScopesNameTheField() {
        assertThatThrownBy(() -> Scope.parse("team:X"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("scope"))
                .hasMessageContaining("Write organisation, unit:CODE or campaign:CODE");
        assertThatThrownBy(() -> Scope.parse("Sales & Marketing"))
                .hasMessageStartingWith("'Sales & Marketing' is not a unit code");
    }
}
