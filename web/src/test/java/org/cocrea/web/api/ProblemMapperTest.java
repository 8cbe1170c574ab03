package org.cocrea.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void anAnonymousRefusalIs401AndAnotherRolesIs403() {
        assertThat(mapper.toProblem(new EJBAccessException("no")).status()).isEqualTo(401);
        assertThat(mapper.toProblem(new AccessLocalException("no")).status()).isEqualTo(401);
    }

    @Test
    void theEjbWrapperIsLookedThrough() {
        Throwable wrapped = new EJBException(new OptimisticLockException("stale"));

        Problem p = mapper.toProblem(ProblemMapper.unwrap(wrapped));

        assertThat(p.status()).isEqualTo(409);
        assertThat(p.detail()).contains("changed by someone else");
    }

    @Test
    void anythingUnexpectedIs500WithoutInternals() {
        Problem p = mapper.toProblem(new IllegalStateException("secret internals"));

        assertThat(p.status()).isEqualTo(500);
        assertThat(p.detail()).doesNotContain("secret internals").contains("incident");
    }
}
