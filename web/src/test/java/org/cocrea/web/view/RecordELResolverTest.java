package org.cocrea.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.StandardELContext;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Point(int x, String label) {}

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsARecordComponentThroughItsAccessor() {
        ELContext ctx = context();
        assertThat(resolver.getValue(ctx, new Point(3, "p"), "label")).isEqualTo("p");
        assertThat(ctx.isPropertyResolved()).isTrue();
    }

    @Test
    void leavesEverythingElseToTheOtherResolvers() {
        ELContext ctx = context();
        assertThat(resolver.getValue(ctx, new Point(3, "p"), "nope")).isNull();
        assertThat(resolver.getValue(ctx, "a string", "length")).isNull();
        assertThat(ctx.isPropertyResolved()).isFalse();
    }

    @Test
    void recordsAreReadOnly() {
        ELContext ctx = context();
        assertThat(resolver.isReadOnly(ctx, new Point(1, "a"), "x")).isTrue();
        assertThatThrownBy(() -> resolver.setValue(ctx, new Point(1, "a"), "x", 2))
                .isInstanceOf(PropertyNotWritableException.class);
    }

    private static ELContext context() {
        return new StandardELContext(jakarta.el.ExpressionFactory.newInstance());
    }
}
