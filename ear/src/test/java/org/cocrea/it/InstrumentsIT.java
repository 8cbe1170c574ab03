package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.cocrea.climate.boundary.InstrumentDetail;
import org.cocrea.climate.boundary.InstrumentSummary;
import org.cocrea.climate.boundary.Instruments;
import org.cocrea.climate.control.InstrumentDefinition;
import org.cocrea.climate.control.InstrumentJson;
import org.cocrea.climate.entity.Text;
import org.cocrea.platform.BusinessRuleException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The instrument library on a real Payara and PostgreSQL: the built-in instruments are there after
 * the migration, complete in both languages; a frozen version is never changed, a revision becomes
 * the next version; stale edits and other roles are refused.
 */
@ExtendWith(ArquillianExtension.class)
class InstrumentsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.earWith(InstrumentsIT.class);
        ear.getAsType(org.jboss.shrinkwrap.api.spec.WebArchive.class, "cocrea-web.war")
                .addAsResource("climate/fixture-instrument.json", "it/fixture-instrument.json");
        return ear;
    }

    @EJB
    Instruments instruments;

    @EJB
    Callers.AsHr asHr;

    @EJB
    Callers.AsEmployee asEmployee;

    static InstrumentDefinition fixture(String key) {
        return InstrumentJson.read(new InputStreamReader(
                        InstrumentsIT.class.getClassLoader().getResourceAsStream("it/fixture-instrument.json"),
                        StandardCharsets.UTF_8))
                .withKey(key);
    }

    static List<Throwable> causes(Throwable e) {
        List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    @Test
    void theBuiltInInstrumentsAreInTheLibraryCompleteInBothLanguages() {
        List<InstrumentSummary> library = asHr.call(instruments::library);

        assertThat(library)
                .filteredOn(InstrumentSummary::builtIn)
                .extracting(InstrumentSummary::key)
                .containsAll(InstrumentJson.BUILT_IN);
        for (String key : InstrumentJson.BUILT_IN) {
            InstrumentSummary s = library.stream()
                    .filter(i -> i.key().equals(key) && i.version() == 1)
                    .findFirst()
                    .orElseThrow();
            InstrumentDetail detail = asHr.call(() -> instruments.get(s.id()));
            InstrumentDefinition stored = detail.definition();
            InstrumentDefinition shipped = InstrumentJson.builtIn(key);
            assertThat(stored.problems()).as(key).isEmpty();
            assertThat(stored.itemCount())
                    .as(key)
                    .isEqualTo(shipped.itemCount())
                    .isGreaterThanOrEqualTo(6);
            assertThat(stored.factors()).as(key).isEqualTo(shipped.factors());
            assertThat(stored.anchors()).as(key).isEqualTo(shipped.anchors());
        }
    }

    @Test
    void aFrozenVersionStaysAsItWasAndARevisionBecomesTheNextVersion() {
        String key = "it-" + UUID.randomUUID().toString().substring(0, 8);
        InstrumentDetail v1 = asHr.call(() -> instruments.create(fixture(key)));
        asHr.call(() -> {
            instruments.freeze(v1.id());
            return null;
        });
        InstrumentDefinition changed = withFirstItemText(fixture(key), "I look forward to my working day.");
        InstrumentDetail frozen = asHr.call(() -> instruments.get(v1.id()));

        InstrumentDetail v2 = asHr.call(() -> instruments.revise(v1.id(), changed, frozen.lockVersion()));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.frozen()).isFalse();
        assertThat(v2.definition().factors().get(0).items().get(0).text().en())
                .isEqualTo("I look forward to my working day.");
        assertThat(asHr.call(() -> instruments.get(v1.id()))
                        .definition()
                        .factors()
                        .get(0)
                        .items()
                        .get(0)
                        .text()
                        .en())
                .isEqualTo("I look forward to work.");
        // only the newest version can be revised
        assertThatThrownBy(() -> asHr.call(() -> instruments.revise(v1.id(), changed, frozen.lockVersion())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("newest version");
    }

    @Test
    void anUnusedVersionIsChangedInPlaceAndAStaleEditIsRefused() {
        String key = "it-" + UUID.randomUUID().toString().substring(0, 8);
        InstrumentDetail v1 = asHr.call(() -> instruments.create(fixture(key)));

        InstrumentDetail edited = asHr.call(
                () -> instruments.revise(v1.id(), withFirstItemText(fixture(key), "Edited."), v1.lockVersion()));

        assertThat(edited.version()).isEqualTo(1);
        assertThat(edited.definition().factors().get(0).items().get(0).text().en())
                .isEqualTo("Edited.");
        assertThatThrownBy(
                        () -> asHr.call(() -> instruments.revise(edited.id(), fixture(key), edited.lockVersion() + 1)))
                .satisfies(e -> assertThat(causes(e)).hasAtLeastOneElementOfType(OptimisticLockException.class));
    }

    @Test
    void anInvalidInstrumentIsRefusedWithThePathAtFault() {
        InstrumentDefinition bad = fixture("BAD KEY");

        assertThatThrownBy(() -> asHr.call(() -> instruments.create(bad)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("key:");
    }

    @Test
    void employeesCannotChangeTheLibrary() {
        assertThatThrownBy(() -> asEmployee.call(instruments::library))
                .isInstanceOfAny(EJBAccessException.class, AccessLocalException.class);
        assertThatThrownBy(() -> asEmployee.call(() -> instruments.create(fixture("it-x"))))
                .isInstanceOfAny(EJBAccessException.class, AccessLocalException.class);
    }

    static InstrumentDefinition withFirstItemText(InstrumentDefinition d, String en) {
        InstrumentDefinition.FactorDef f = d.factors().get(0);
        List<InstrumentDefinition.ItemDef> items = new java.util.ArrayList<>(f.items());
        InstrumentDefinition.ItemDef first = items.get(0);
        items.set(
                0,
                new InstrumentDefinition.ItemDef(
                        first.key(), new Text(en, first.text().zh()), first.reverse()));
        return d.withFactors(
                List.of(new InstrumentDefinition.FactorDef(f.key(), f.group(), f.name(), f.description(), items)));
    }
}
