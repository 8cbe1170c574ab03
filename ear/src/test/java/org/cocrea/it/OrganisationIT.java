package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.UUID;
import org.cocrea.organisation.boundary.Organisation;
import org.cocrea.organisation.boundary.UnitInput;
import org.cocrea.organisation.boundary.UnitView;
import org.cocrea.organisation.control.ImportReport;
import org.cocrea.organisation.entity.UnitKind;
import org.cocrea.platform.BusinessRuleException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organisation on a real Payara and PostgreSQL: tree rules enforced in the service, stale edits
 * refused, imports all-or-nothing and idempotent, roles checked by the EJB layer. Each test makes
 * its own units under a fresh company code, so tests do not depend on each other.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(OrganisationIT.class);
    }

    @EJB
    Organisation organisation;

    @EJB
    Callers.AsHr asHr;

    @EJB
    Callers.AsEmployee asEmployee;

    @EJB
    Callers.AsExecutive asExecutive;

    static String fresh() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static List<Throwable> causes(Throwable e) {
        List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    UnitView unit(String code, UnitKind kind, Long parent) {
        return asHr.call(() -> organisation.createUnit(new UnitInput(code, code + " name", kind, parent)));
    }

    @Test
    void hrBuildsATreeAndEveryoneWhoNeedsItCanReadIt() {
        String c = fresh();
        UnitView company = unit(c, UnitKind.COMPANY, null);
        UnitView division = unit(c + "-D", UnitKind.DIVISION, company.id());
        unit(c + "-T", UnitKind.TEAM, division.id());

        List<UnitView> seenByExec = asExecutive.call(organisation::units);

        assertThat(seenByExec)
                .filteredOn(u -> u.code().startsWith(c))
                .extracting(UnitView::code, UnitView::depth)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(c, 0),
                        org.assertj.core.groups.Tuple.tuple(c + "-D", 1),
                        org.assertj.core.groups.Tuple.tuple(c + "-T", 2));
    }

    @Test
    void treeRulesAreEnforcedByTheService() {
        String c = fresh();
        UnitView company = unit(c, UnitKind.COMPANY, null);
        UnitView team = unit(c + "-T", UnitKind.TEAM, company.id());

        assertThatThrownBy(() -> unit(c + "-X", UnitKind.DIVISION, team.id()))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("cannot be placed under a team");
        assertThatThrownBy(() -> unit(c, UnitKind.TEAM, company.id()))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("already used");
        assertThatThrownBy(() -> asHr.call(() -> organisation.updateUnit(
                        company.id(), new UnitInput(c, "x", UnitKind.COMPANY, team.id()), company.version())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("under itself");
        assertThatThrownBy(() -> asHr.call(() -> {
                    organisation.deleteUnit(company.id());
                    return null;
                }))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("still has 1 unit");
    }

    @Test
    void aStaleEditIsRefusedAndTheFirstOneKept() {
        String c = fresh();
        UnitView company = unit(c, UnitKind.COMPANY, null);
        asHr.call(() -> organisation.updateUnit(
                company.id(), new UnitInput(c, "First edit", UnitKind.COMPANY, null), company.version()));

        assertThatThrownBy(() -> asHr.call(() -> organisation.updateUnit(
                        company.id(), new UnitInput(c, "Second edit", UnitKind.COMPANY, null), company.version())))
                .satisfies(e -> assertThat(causes(e)).hasAtLeastOneElementOfType(OptimisticLockException.class));
        assertThat(asHr.call(organisation::units))
                .filteredOn(u -> u.code().equals(c))
                .extracting(UnitView::name)
                .containsExactly("First edit");
    }

    @Test
    void anImportWithOneBadRowWritesNothingAndListsEveryBadRow() {
        String c = fresh();
        String csv = "code,name,kind,parent_code\n"
                + c + ",Company,company,\n"
                + c + "-D,Division,division," + c + "\n"
                + c + "-BAD,Bad,galaxy," + c + "\n"
                + c + "-T,Team,team,NOPE\n";

        ImportReport report = asHr.call(() -> organisation.importUnits(csv, true));

        assertThat(report.committed()).isFalse();
        assertThat(report.errors())
                .extracting(ImportReport.RowError::line, ImportReport.RowError::column)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(4L, "kind"),
                        org.assertj.core.groups.Tuple.tuple(5L, "parent_code"));
        assertThat(asHr.call(organisation::units)).noneMatch(u -> u.code().startsWith(c));
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        String c = fresh();
        String units = "code;name;kind;parent_code\n"
                + c + "-T;Team;team;" + c + "-D\n" // children may come before their parents
                + c + ";Company;company;\n"
                + c + "-D;Division;division;" + c + "\n";
        String people = "external_id,email,display_name,username,unit_code\n"
                + c + "-1," + c.toLowerCase() + "1@example.com,Ann One,," + c + "-T\n"
                + c + "-2," + c.toLowerCase() + "2@example.com,Bo Two,," + c + "-T\n";

        ImportReport first = asHr.call(() -> organisation.importUnits(units, true));
        ImportReport firstPeople = asHr.call(() -> organisation.importEmployees(people, true));
        ImportReport second = asHr.call(() -> organisation.importUnits(units, true));
        ImportReport secondPeople = asHr.call(() -> organisation.importEmployees(people, true));

        assertThat(first.created()).isEqualTo(3);
        assertThat(firstPeople.created()).isEqualTo(2);
        assertThat(second.created() + second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(secondPeople.created() + secondPeople.updated()).isZero();
        UnitView company = asHr.call(organisation::units).stream()
                .filter(u -> u.code().equals(c))
                .findFirst()
                .orElseThrow();
        assertThat(company.employeesInTotal()).isEqualTo(2);
    }

    @Test
    void onlyHrAndAdministratorsChangeTheOrganisation() {
        assertThatThrownBy(() -> asEmployee.call(organisation::units))
                .isInstanceOfAny(EJBAccessException.class, AccessLocalException.class);
        assertThatThrownBy(() -> asExecutive.call(
                        () -> organisation.createUnit(new UnitInput(fresh(), "x", UnitKind.COMPANY, null))))
                .isInstanceOfAny(EJBAccessException.class, AccessLocalException.class);
        assertThatThrownBy(() -> organisation.importUnits("code,name,kind\n", false))
                .isInstanceOfAny(EJBAccessException.class, AccessLocalException.class);
    }
}
